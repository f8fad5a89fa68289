/**
 * @module store/contract/editions.contract
 * The RecordStore contract for editions: their stories in order, story logs, and which edition is latest.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StoryEvent } from '../../model/index.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { editionOf, storyCiting } from '../__fixtures__/edition-fixtures.js';
import { RECEIVED_AT, storeRecords } from '../__fixtures__/store-records.js';
import type { RecordStore } from '../record-store.js';

/** Registers the edition and story-log tests in the enclosing describe. `open` gives a fresh, migrated, empty store for each test. */
export function describeEditionsContract(open: () => Promise<RecordStore>): void {
  let store: RecordStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('saves editions with their stories in order and reads the newest', async () => {
    const [a, b, c] = await storeRecords(
      store,
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
    const [a] = await storeRecords(store, makeRecord({ externalId: 'a' }));
    const stories = [storyCiting('story-1', 'ed-1', [a!.id])];
    await store.saveEdition(editionOf('ed-1', RECEIVED_AT, stories), stories);
    await expect(store.saveEdition(editionOf('ed-1', RECEIVED_AT, []), [])).rejects.toThrow();
    expect((await store.storiesOfEdition('ed-1')).map((story) => story.id)).toEqual(['story-1']);
  });
}
