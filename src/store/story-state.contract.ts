/**
 * @module store/story-state.contract
 * The RecordStore contract for removing records, the story stream's state and editions published as
 * snapshots: registered by record-store.contract.ts, so every implementation runs it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import type { RecordStore } from './record-store.js';
import type { StoredStory } from './story-state.js';
import { editionOf, storyCiting } from './__fixtures__/edition-fixtures.js';

const RECEIVED_AT = '2026-11-30T12:00:00.000Z';

function storedStory(id: string, firstAt: string, version = 1): StoredStory {
  return {
    id,
    units: 1,
    full: [
      ['rail', 0.8],
      ['strike', 0.6],
    ],
    content: [['strike', 1]],
    firstAt,
    lastAt: firstAt,
    names: ['Kalo Rail'],
    version,
    updatedAt: RECEIVED_AT,
  };
}

/** Registers the suite under `name`; `open` gives a fresh, migrated, empty store. */
export function describeStoryStateContract(name: string, open: () => Promise<RecordStore>): void {
  describe(`RecordStore contract, removal and story state: ${name}`, () => {
    let store: RecordStore;
    /** Stores records under one payload made of `payload`'s bytes, as the ingest path does. */
    async function storeRecords(payload: string, ...records: SourceRecord[]): Promise<SourceRecord[]> {
      const rawHash = await store.putRawPayload({
        bytes: new TextEncoder().encode(payload),
        contentType: 'application/json',
        url: null,
        receivedAt: RECEIVED_AT,
      });
      const stored = records.map((record) => ({ ...record, rawHash }));
      await store.upsertRecords(stored);
      return stored;
    }
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('removes a record with its log and aliases, and its payload once no other record needs it', async () => {
      const [a, b] = await storeRecords('shared', makeRecord({ externalId: 'a' }), makeRecord({ externalId: 'b' }));
      await store.saveRecordAliases([{ alias: 'alias-a', recordId: a!.id }]);
      await store.markRecordsDeleted([a!.id], RECEIVED_AT, null);
      expect(await store.removeRecords([a!.id, 'unknown'])).toEqual({ records: 1, payloads: 0 });
      expect(await store.recordById(a!.id)).toBeNull();
      expect(await store.recordRevisions(a!.id)).toEqual([]);
      expect(await store.recordIdsByReferences(['alias-a'])).toEqual(new Map());
      expect(await store.rawPayloadByHash(b!.rawHash)).not.toBeNull();
      expect(await store.removeRecords([b!.id])).toEqual({ records: 1, payloads: 1 });
      expect(await store.rawPayloadByHash(b!.rawHash)).toBeNull();
      expect(await store.removeRecords([])).toEqual({ records: 0, payloads: 0 });
    });

    it("removes a source's records and keeps other sources' records", async () => {
      await storeRecords('one', makeRecord({ externalId: 'x', sourceId: 'source-1' }));
      const [kept] = await storeRecords('two', makeRecord({ externalId: 'y', sourceId: 'source-2' }));
      expect(await store.removeRecordsOfSource('source-1')).toEqual({ records: 1, payloads: 1 });
      expect((await store.listRecords()).map((record) => record.id)).toEqual([kept!.id]);
    });

    it('removes records past retention unless a saved story version cites them', async () => {
      const [old, cited] = await storeRecords(
        'old',
        makeRecord({ externalId: 'old', publishedAt: '2026-01-01T00:00:00.000Z' }),
        makeRecord({ externalId: 'cited', publishedAt: '2026-01-02T00:00:00.000Z' }),
      );
      const [recent] = await storeRecords(
        'recent',
        makeRecord({ externalId: 'recent', publishedAt: '2026-11-01T00:00:00.000Z' }),
      );
      const stories = [storyCiting('story-1', 'ed-1', [cited!.id])];
      await store.saveEdition(editionOf('ed-1', RECEIVED_AT, stories), stories);
      expect(await store.removeRecordsBefore('2026-06-01T00:00:00.000Z')).toEqual({ records: 1, payloads: 0 });
      expect((await store.listRecords()).map((record) => record.id).sort()).toEqual([cited!.id, recent!.id].sort());
      expect(await store.recordById(old!.id)).toBeNull();
    });

    it('keeps story states, finds them by index term within the window, and counts term documents', async () => {
      const [a, b] = await storeRecords('s', makeRecord({ externalId: 'a' }), makeRecord({ externalId: 'b' }));
      const early = storedStory('story-early', '2026-11-01T00:00:00.000Z');
      const late = storedStory('story-late', '2026-11-20T00:00:00.000Z');
      await store.saveStoryStates([
        { story: early, terms: ['rail', 'strike'], recordIds: [a!.id] },
        { story: late, terms: ['rail'], recordIds: [b!.id] },
      ]);
      expect(await store.storyStatesFiledUnder(['rail'], '2026-11-10T00:00:00.000Z', 64)).toEqual([late]);
      expect(await store.storyStatesFiledUnder(['rail'], '2026-10-01T00:00:00.000Z', 1)).toEqual([late]);
      expect(await store.storyStatesFiledUnder(['rail', 'strike'], '2026-10-01T00:00:00.000Z', 1)).toEqual([
        early,
        late,
      ]);
      expect(await store.storyStatesById(['story-late', 'nothing'])).toEqual([late]);
      expect(await store.storiesOfRecords([a!.id, 'other'])).toEqual(new Map([[a!.id, 'story-early']]));
      const grown = { ...early, units: 2, version: 2 };
      await store.saveStoryStates([{ story: grown, terms: ['rail'], recordIds: [b!.id] }]);
      expect(await store.recordIdsOfStories(['story-early'])).toEqual(
        new Map([['story-early', [a!.id, b!.id].sort()]]),
      );
      expect(await store.storyStatesById(['story-early'])).toEqual([grown]);
      expect(await store.countTermDocuments([['rail', 'strike', 'rail'], ['rail']])).toEqual({
        documents: 2,
        frequencies: new Map([
          ['rail', 2],
          ['strike', 1],
        ]),
      });
      expect((await store.countTermDocuments([['rail']])).frequencies).toEqual(new Map([['rail', 3]]));
      await store.removeRecords([a!.id]);
      expect(await store.storiesOfRecords([a!.id])).toEqual(new Map());
      await store.clearStoryStates();
      expect(await store.storyStatesById(['story-early', 'story-late'])).toEqual([]);
      expect((await store.countTermDocuments([['rail']])).documents).toBe(1);
    });

    it('publishes an edition that references unchanged stories and stores only the rewritten ones', async () => {
      const [a, b, c] = await storeRecords(
        'e',
        makeRecord({ externalId: 'a' }),
        makeRecord({ externalId: 'b' }),
        makeRecord({ externalId: 'c' }),
      );
      const first = [storyCiting('story-1', 'ed-1', [a!.id]), storyCiting('story-2', 'ed-1', [b!.id])];
      await store.saveEdition(editionOf('ed-1', '2026-11-30T10:00:00.000Z', first), first);
      const rewritten = storyCiting('story-2', 'ed-2', [b!.id, c!.id]);
      const created = storyCiting('story-3', 'ed-2', [c!.id]);
      const second = editionOf('ed-2', '2026-11-30T11:00:00.000Z', [rewritten, first[0]!, created]);
      const event = {
        storyId: 'story-2',
        editionId: 'ed-2',
        at: second.createdAt,
        kind: 'records-added' as const,
        recordIds: [c!.id],
        relatedStoryIds: [],
        detail: '1 record added',
      };
      await store.publishEdition(second, [rewritten, created], [event]);
      expect(await store.storiesOfEdition('ed-2')).toEqual([rewritten, first[0], created]);
      expect(await store.storyById('story-1')).toEqual(first[0]);
      expect(await store.storyById('story-2')).toEqual(rewritten);
      expect((await store.storiesCitingRecord(a!.id)).map((story) => story.id)).toEqual(['story-1']);
      expect(await store.storyEvents('story-2')).toEqual([event]);
      const third = editionOf('ed-3', '2026-11-30T12:00:00.000Z', [rewritten, first[0]!]);
      await store.publishEdition(third, []);
      expect(await store.storiesOfEdition('ed-3')).toEqual([rewritten, first[0]]);
      const broken = editionOf('ed-4', '2026-11-30T13:00:00.000Z', [storyCiting('story-9', 'ed-4', [])]);
      await expect(store.publishEdition(broken, [])).rejects.toThrow();
      expect(await store.editionById('ed-4')).toBeNull();
    });
  });
}
