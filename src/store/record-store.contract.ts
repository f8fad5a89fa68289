/**
 * @module store/record-store.contract
 * The RecordStore contract: one suite every implementation passes (PGlite, PostgreSQL and the
 * in-memory fake used by other layers' tests), so that they cannot drift apart.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RECORD_ENRICHMENT_VERSION,
  type RecordEnrichment,
  type SourceRecord,
  type StoryEvent,
} from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import type { RecordStore } from './record-store.js';
import { editionOf, storyCiting } from './__fixtures__/edition-fixtures.js';
import { describeStoryStateContract } from './story-state.contract.js';

const RECEIVED_AT = '2026-11-30T12:00:00.000Z';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Registers the suite under `name`. `open` gives a fresh, migrated, empty store for each test;
 * `close` (default `store.close()`) tears it down.
 */
export function describeRecordStoreContract(name: string, open: () => Promise<RecordStore>): void {
  describe(`RecordStore contract: ${name}`, () => {
    let store: RecordStore;
    /** Stores a payload and returns records that point at it, as the ingest path does. */
    async function storeRecords(...records: SourceRecord[]): Promise<SourceRecord[]> {
      const bytes = new TextEncoder().encode(JSON.stringify(records.map((record) => record.id)));
      const rawHash = await store.putRawPayload({
        bytes,
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

    it('migrates again without error or change', async () => {
      await store.migrate();
      expect(await store.listRecords()).toEqual([]);
    });

    it('stores raw bytes under their SHA-256 and returns them byte for byte', async () => {
      const bytes = new Uint8Array([0, 255, 10, 13, 0xef, 0xbb, 0xbf, 60]);
      const hash = await store.putRawPayload({
        bytes,
        contentType: 'text/xml; charset=utf-8',
        url: 'https://example.com/feed',
        receivedAt: RECEIVED_AT,
      });
      expect(hash).toBe(sha256(bytes));
      const again = await store.putRawPayload({
        bytes,
        contentType: 'other',
        url: null,
        receivedAt: '2026-12-01T00:00:00.000Z',
      });
      expect(again).toBe(hash);
      const stored = await store.rawPayloadByHash(hash);
      expect(stored).not.toBeNull();
      expect([...stored!.bytes]).toEqual([...bytes]);
      expect(stored).toMatchObject({
        hash,
        contentType: 'text/xml; charset=utf-8',
        url: 'https://example.com/feed',
        receivedAt: RECEIVED_AT,
      });
      expect(await store.rawPayloadByHash('0'.repeat(64))).toBeNull();
    });

    it('counts inserted and updated records, and an update replaces every field', async () => {
      const original = makeRecord({ externalId: 'a', title: 'First', text: 'one', engagement: { score: 3 } });
      const [first] = await storeRecords(original);
      const changed = { ...first!, title: 'Changed', text: 'two', engagement: { score: 9, replies: 2 }, author: 'Ann' };
      expect(await store.upsertRecords([changed, { ...changed, id: 'feed-other', externalId: 'b' }])).toEqual({
        inserted: 1,
        updated: 1,
      });
      expect(await store.recordById(first!.id)).toEqual(changed);
      expect(await store.recordById('missing')).toBeNull();
    });

    it('keeps a change log with the old words, marks deletions once and keeps them through later upserts', async () => {
      const [stored] = await storeRecords(
        makeRecord({ externalId: 'edited', sourceId: 'src-9', title: 'Old title', text: 'old words' }),
      );
      await store.saveRecordRevisions([
        {
          recordId: stored!.id,
          change: 'edited',
          at: '2026-11-30T13:00:00.000Z',
          previousTitle: 'Old title',
          previousText: 'old words',
          rawHash: stored!.rawHash,
        },
      ]);
      await store.upsertRecords([{ ...stored!, text: 'new words' }]);
      expect(await store.markRecordsDeleted([stored!.id, 'unknown-id'], '2026-11-30T14:00:00.000Z', null)).toBe(1);
      expect(await store.markRecordsDeleted([stored!.id], '2026-11-30T15:00:00.000Z', null)).toBe(0);
      await store.upsertRecords([{ ...stored!, text: 'new words' }]);
      expect(await store.recordById(stored!.id)).toMatchObject({
        text: 'new words',
        deletedAt: '2026-11-30T14:00:00.000Z',
      });
      expect(await store.recordRevisions(stored!.id)).toEqual([
        {
          recordId: stored!.id,
          change: 'edited',
          at: '2026-11-30T13:00:00.000Z',
          previousTitle: 'Old title',
          previousText: 'old words',
          rawHash: stored!.rawHash,
        },
        {
          recordId: stored!.id,
          change: 'deleted',
          at: '2026-11-30T14:00:00.000Z',
          previousTitle: 'Old title',
          previousText: 'new words',
          rawHash: null,
        },
      ]);
      expect(await store.recordRevisions('unknown-id')).toEqual([]);
      await storeRecords(
        makeRecord({ externalId: 'second', sourceId: 'src-9' }),
        makeRecord({ externalId: 'from-a-file' }),
      );
      expect(await store.countRecordsBySource()).toEqual(new Map([['src-9', 2]]));
    });

    it('keeps the last copy when one batch names a record twice', async () => {
      const record = makeRecord({ externalId: 'dup', text: 'first' });
      const [stored] = await storeRecords(record);
      expect(
        await store.upsertRecords([
          { ...stored!, text: 'second' },
          { ...stored!, text: 'third' },
        ]),
      ).toEqual({ inserted: 0, updated: 1 });
      expect((await store.recordById(stored!.id))?.text).toBe('third');
    });

    it('round-trips every field of a comment, its tree links and its times', async () => {
      const root = makeRecord({
        platform: 'reddit',
        externalId: 't3_x',
        title: 'Root',
        publishedAt: '2026-11-01T10:00:00.000Z',
        url: 'https://www.reddit.com/r/x/comments/x/',
      });
      const reply = makeRecord({
        platform: 'reddit',
        externalId: 't1_y',
        author: 'u/y',
        publishedAt: '2026-11-01T11:30:15.250Z',
        threadId: root.id,
        parentId: root.id,
        text: 'Multi-line\n\nwith “quotes” and ünïcode',
        engagement: { score: -2, likes: 0 },
        language: null,
        venue: 'r/x',
        canonicalUrl: 'https://www.reddit.com/r/x/comments/x/_/y/',
        sourceId: 'src-1',
      });
      const [, storedReply] = await storeRecords(root, reply);
      expect(await store.recordById(reply.id)).toEqual(storedReply);
    });

    it('lists newest first, undated last, and filters by platform, ids, source and limit', async () => {
      const old = makeRecord({ externalId: 'old', publishedAt: '2026-01-01T00:00:00.000Z', sourceId: 's1' });
      const fresh = makeRecord({ externalId: 'new', publishedAt: '2026-06-01T00:00:00.000Z', sourceId: 's2' });
      const undated = makeRecord({ externalId: 'undated', publishedAt: null });
      const post = makeRecord({ platform: 'bluesky', externalId: 'at://p', publishedAt: '2026-03-01T00:00:00.000Z' });
      await storeRecords(old, fresh, undated, post);
      expect((await store.listRecords()).map((record) => record.externalId)).toEqual([
        'new',
        'at://p',
        'old',
        'undated',
      ]);
      expect((await store.listRecords({ platform: 'bluesky' })).map((record) => record.externalId)).toEqual(['at://p']);
      expect((await store.listRecords({ ids: [old.id, undated.id] })).map((record) => record.externalId)).toEqual([
        'old',
        'undated',
      ]);
      expect(await store.listRecords({ ids: [] })).toEqual([]);
      expect((await store.listRecords({ sourceId: 's1' })).map((record) => record.externalId)).toEqual(['old']);
      expect((await store.listRecords({ limit: 2 })).map((record) => record.externalId)).toEqual(['new', 'at://p']);
      expect(await store.countRecordsByPlatform()).toEqual({ feed: 3, bluesky: 1 });
    });

    it('finds stored records by external id, canonical URL or URL', async () => {
      const article = makeRecord({
        externalId: 'guid-1',
        url: 'https://news.example/a?utm=x',
        canonicalUrl: 'https://news.example/a',
      });
      await storeRecords(article);
      const found = await store.recordIdsByReferences([
        'guid-1',
        'https://news.example/a',
        'https://news.example/a?utm=x',
        'nothing',
      ]);
      expect(Object.fromEntries(found)).toEqual({
        'guid-1': article.id,
        'https://news.example/a': article.id,
        'https://news.example/a?utm=x': article.id,
      });
      expect((await store.recordIdsByReferences([])).size).toBe(0);
    });

    it('finds stored records by a saved alias, their own names first, and moves an alias saved again', async () => {
      const status = makeRecord({ platform: 'mastodon', externalId: 'https://toot.example/users/a/statuses/1' });
      const other = makeRecord({
        platform: 'mastodon',
        externalId: 'https://toot.example/users/b/statuses/2',
        url: 'https://toot.example/api/v1/statuses/9',
      });
      await storeRecords(status, other);
      await store.saveRecordAliases([
        { alias: 'https://toot.example/api/v1/statuses/1', recordId: status.id },
        { alias: 'https://toot.example/api/v1/statuses/9', recordId: status.id },
      ]);
      const found = await store.recordIdsByReferences([
        'https://toot.example/api/v1/statuses/1',
        'https://toot.example/api/v1/statuses/9',
      ]);
      expect(Object.fromEntries(found)).toEqual({
        'https://toot.example/api/v1/statuses/1': status.id,
        'https://toot.example/api/v1/statuses/9': other.id,
      });
      await store.saveRecordAliases([{ alias: 'https://toot.example/api/v1/statuses/1', recordId: other.id }]);
      expect(
        (await store.recordIdsByReferences(['https://toot.example/api/v1/statuses/1'])).get(
          'https://toot.example/api/v1/statuses/1',
        ),
      ).toBe(other.id);
      await store.saveRecordAliases([]);
    });

    it('stores enrichments beside their records, replaces them, reads them by id and refuses unknown records', async () => {
      const [a, b] = await storeRecords(
        makeRecord({
          externalId: 'enriched-a',
          title: 'Kestrel cuts prices',
          text: 'Kestrel said on 2026-11-12 that the Vireo X90 costs $649.',
        }),
        makeRecord({ externalId: 'enriched-b', text: 'Совет заявил.' }),
      );
      const enrichment = (record: SourceRecord, sentenceCount: number): RecordEnrichment => ({
        version: RECORD_ENRICHMENT_VERSION,
        digest: record.id.slice(0, 16),
        language: 'en',
        script: 'Latn',
        sentenceCount,
        terms: [
          ['kestrel', 2],
          ['vireo', 1],
          ['x90', 1],
          ['649', 1],
          ['zeta', 1],
          ['ab', 3],
        ],
        entityCandidates: [
          ['vireo', 1, 1],
          ['costs', 1, 0],
        ],
        entities: [
          {
            text: 'Kestrel',
            count: 2,
            inTitle: 1,
            type: 'organisation',
            cues: { person: 0, speech: 1, organisation: 0, place: 0 },
          },
          {
            text: 'Vireo X90',
            count: 1,
            inTitle: 0,
            type: 'product',
            cues: { person: 0, speech: 0, organisation: 0, place: 0 },
          },
        ],
        quantities: [
          { raw: '$649', written: 649, value: 649, unit: 'usd', scaled: false },
          { raw: '2.5bn', written: 2.5, value: 2.5e9, unit: null, scaled: true },
        ],
        dates: ['2026-11-12'],
      });
      expect((await store.enrichmentsOf([a!.id])).size).toBe(0);
      await store.putEnrichments([
        { recordId: a!.id, enrichment: enrichment(a!, 1) },
        { recordId: b!.id, enrichment: { ...enrichment(b!, 1), language: 'und', script: 'Cyrl', version: 0 } },
      ]);
      await store.putEnrichments([
        { recordId: a!.id, enrichment: enrichment(a!, 7) },
        { recordId: a!.id, enrichment: enrichment(a!, 2) },
      ]);
      const found = await store.enrichmentsOf([a!.id, b!.id, 'unknown-id']);
      expect([...found.keys()].sort()).toEqual([a!.id, b!.id].sort());
      // Term order survives storage: the vectors built from it sum in the same order.
      expect(found.get(a!.id)).toEqual(enrichment(a!, 2));
      expect(found.get(b!.id)).toMatchObject({ version: 0, script: 'Cyrl' });
      await expect(
        store.putEnrichments([
          { recordId: 'unknown-id', enrichment: enrichment(a!, 9) },
          { recordId: a!.id, enrichment: enrichment(a!, 9) },
        ]),
      ).rejects.toThrow();
      expect((await store.enrichmentsOf([a!.id])).get(a!.id)?.sentenceCount).toBe(2);
      expect((await store.enrichmentsOf([])).size).toBe(0);
      await store.putEnrichments([]);
    });

    it('adds a source once per URL, updates its fetch state and removes it without touching records', async () => {
      const source = await store.addSource({ url: 'https://news.example/feed.xml', kind: 'press', platform: 'feed' });
      expect(source).toMatchObject({
        url: 'https://news.example/feed.xml',
        kind: 'press',
        platform: 'feed',
        status: 'new',
        lastError: null,
        title: null,
        venue: null,
        tags: [],
      });
      const named = await store.addSource({
        url: 'https://forum.loom.example/t/1.json',
        kind: 'community',
        platform: 'discourse',
        venue: 'Loom',
        tags: ['Databases', 'Licences'],
      });
      expect(await store.sourceById(named.id)).toMatchObject({ venue: 'Loom', tags: ['Databases', 'Licences'] });
      await store.removeSource(named.id);
      expect(
        await store.addSource({ url: 'https://news.example/feed.xml', kind: 'community', platform: null }),
      ).toEqual(source);
      expect(await store.sourceUrlExists('https://news.example/feed.xml')).toBe(true);
      expect(await store.sourceUrlExists('https://other.example/')).toBe(false);

      await store.updateSourceFetchState(source.id, {
        status: 'ok',
        lastError: null,
        lastFetchedAt: RECEIVED_AT,
        etag: '"v1"',
        lastModified: 'Mon, 30 Nov 2026 12:00:00 GMT',
        title: 'News',
      });
      await store.updateSourceFetchState(source.id, {
        status: 'failing',
        lastError: 'HTTP 503',
        lastFetchedAt: '2026-11-30T13:00:00.000Z',
        consecutiveFailures: 2,
      });
      expect((await store.sourceById(source.id))?.nextDueAt).toBeNull();
      await store.updateSourceFetchState(source.id, {
        status: 'failing',
        lastError: 'HTTP 503',
        lastFetchedAt: '2026-11-30T13:00:00.000Z',
        nextDueAt: '2026-11-30T14:00:00.000Z',
      });
      await store.updateSourceFetchState(source.id, {
        status: 'paused',
        lastError: 'HTTP 503',
        lastFetchedAt: '2026-11-30T13:00:00.000Z',
      });
      expect(await store.sourceById(source.id)).toMatchObject({
        nextDueAt: '2026-11-30T14:00:00.000Z',
        status: 'paused',
        lastError: 'HTTP 503',
        consecutiveFailures: 2,
        lastFetchedAt: '2026-11-30T13:00:00.000Z',
        etag: '"v1"',
        lastModified: 'Mon, 30 Nov 2026 12:00:00 GMT',
        title: 'News',
      });
      await store.updateSourceFetchState(source.id, {
        status: 'ok',
        lastError: null,
        lastFetchedAt: RECEIVED_AT,
        etag: null,
      });
      expect((await store.sourceById(source.id))?.etag).toBeNull();

      const second = await store.addSource({
        url: 'https://www.reddit.com/r/x.json',
        kind: 'community',
        platform: 'reddit',
      });
      expect((await store.listSources()).map((listed) => listed.id).sort()).toEqual([source.id, second.id].sort());
      await storeRecords(makeRecord({ externalId: 'kept', sourceId: source.id }));
      expect(await store.removeSource(source.id)).toBe(true);
      expect(await store.removeSource(source.id)).toBe(false);
      expect(await store.sourceById(source.id)).toBeNull();
      expect((await store.listRecords({ sourceId: source.id })).map((record) => record.externalId)).toEqual(['kept']);
    });

    it('saves editions with their stories in order and reads the newest', async () => {
      const [a, b, c] = await storeRecords(
        makeRecord({ externalId: 'a' }),
        makeRecord({ externalId: 'b' }),
        makeRecord({ externalId: 'c' }),
      );
      const first = [storyCiting('story-2', 'ed-1', [a!.id]), storyCiting('story-1', 'ed-1', [b!.id, c!.id])];
      await store.saveEdition(editionOf('ed-1', '2026-11-30T10:00:00.000Z', first), first);
      const second = [storyCiting('story-1', 'ed-2', [c!.id])];
      await store.saveEdition(editionOf('ed-2', '2026-11-30T11:00:00.000Z', second), second);

      expect((await store.latestEdition())?.id).toBe('ed-2');
      expect(await store.editionById('ed-1')).toEqual(editionOf('ed-1', '2026-11-30T10:00:00.000Z', first));
      expect(await store.editionById('ed-9')).toBeNull();
      expect((await store.storiesOfEdition('ed-1')).map((story) => story.id)).toEqual(['story-2', 'story-1']);
      expect(await store.storiesOfEdition('ed-9')).toEqual([]);
      expect(await store.storyById('story-1')).toEqual(second[0]);
      expect(await store.storyById('story-2')).toEqual(first[0]);
      expect(await store.storyById('story-9')).toBeNull();
      expect((await store.storiesCitingRecord(c!.id)).map((story) => story.editionId)).toEqual(['ed-2']);
      expect(await store.storiesCitingRecord(a!.id)).toEqual([]);
    });

    it("keeps each story's log in order across editions, saved with its edition", async () => {
      const event = (editionId: string, kind: StoryEvent['kind'], detail: string): StoryEvent => ({
        storyId: 'story-1',
        editionId,
        at: RECEIVED_AT,
        kind,
        recordIds: ['r1'],
        relatedStoryIds: [],
        detail,
      });
      await store.saveEdition(
        editionOf('ed-1', '2026-11-30T10:00:00.000Z', []),
        [],
        [event('ed-1', 'created', 'first'), { ...event('ed-1', 'created', 'other'), storyId: 'story-2' }],
      );
      await store.saveEdition(
        editionOf('ed-2', '2026-11-30T11:00:00.000Z', []),
        [],
        [event('ed-2', 'records-added', 'second')],
      );
      expect((await store.storyEvents('story-1')).map((entry) => [entry.editionId, entry.kind, entry.detail])).toEqual([
        ['ed-1', 'created', 'first'],
        ['ed-2', 'records-added', 'second'],
      ]);
      expect(await store.storyEvents('story-9')).toEqual([]);
      await expect(
        store.saveEdition(editionOf('ed-2', RECEIVED_AT, []), [], [event('ed-2', 'merged', 'never saved')]),
      ).rejects.toThrow();
      expect(await store.storyEvents('story-1')).toHaveLength(2);
    });

    it('takes the later save as latest when two editions share a creation time', async () => {
      const at = '2026-11-30T10:00:00.000Z';
      await store.saveEdition(editionOf('ed-a', at, []), []);
      await store.saveEdition(editionOf('ed-b', at, []), []);
      expect((await store.latestEdition())?.id).toBe('ed-b');
    });

    it('refuses a second edition with the same id and keeps the first intact', async () => {
      const [a] = await storeRecords(makeRecord({ externalId: 'a' }));
      const stories = [storyCiting('story-1', 'ed-1', [a!.id])];
      await store.saveEdition(editionOf('ed-1', RECEIVED_AT, stories), stories);
      await expect(store.saveEdition(editionOf('ed-1', RECEIVED_AT, []), [])).rejects.toThrow();
      expect((await store.storiesOfEdition('ed-1')).map((story) => story.id)).toEqual(['story-1']);
    });
  });
  describeStoryStateContract(name, open);
}
