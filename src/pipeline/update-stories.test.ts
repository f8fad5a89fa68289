/**
 * Stories updated as records arrive: a batch joins the stored story it belongs to, and only the
 * stories it touched are written again; the rest are published unchanged, by reference.
 */
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { updateStories } from './update-stories.js';

const FERRY_TEXT =
  'The harbor ferry authority will raise ferry fares by 20 percent in January. Harbor commuters blame fuel costs for the ferry fare rise.';
const LIBRARY_TEXT =
  'The city library will close its Eastside branch for library repairs until March. Library patrons can borrow books at the Westside branch meanwhile.';

function about(topic: 'ferry' | 'library', venue: string, externalId: string, publishedAt: string): SourceRecord {
  return makeRecord({
    platform: venue.startsWith('r/') ? 'reddit' : 'feed',
    externalId,
    venue,
    title:
      topic === 'ferry'
        ? 'Harbor ferry fares rise 20 percent in January'
        : 'Eastside library branch closes for repairs',
    text: topic === 'ferry' ? FERRY_TEXT : LIBRARY_TEXT,
    publishedAt,
  });
}

const FIRST = [
  about('ferry', 'The Harbor Ledger', 'ferry-1', '2026-11-01T08:00:00.000Z'),
  about('ferry', 'r/harborcommute', 'ferry-2', '2026-11-01T09:00:00.000Z'),
  about('ferry', 'Bay Wire', 'ferry-3', '2026-11-01T10:00:00.000Z'),
  about('library', 'City Post', 'library-1', '2026-11-01T08:30:00.000Z'),
  about('library', 'r/eastside', 'library-2', '2026-11-01T09:30:00.000Z'),
  about('library', 'Eastside Herald', 'library-3', '2026-11-01T11:00:00.000Z'),
];
const LATER = about('ferry', 'Coast Times', 'ferry-4', '2026-11-02T08:00:00.000Z');

async function stored(store: InMemoryRecordStore, records: SourceRecord[]): Promise<string[]> {
  await store.upsertRecords(records);
  return records.map((record) => record.id);
}

describe('updateStories', () => {
  it('starts stories from a first batch and publishes them in an edition', async () => {
    const store = new InMemoryRecordStore();
    const engine = createClassicalEngine();
    const update = await updateStories(
      { store, engine, now: () => new Date('2026-11-01T12:00:00.000Z') },
      { recordIds: await stored(store, FIRST) },
    );
    expect(update.assigned).toBe(6);
    expect(update.touchedStoryIds).toHaveLength(2);
    expect(update.edition?.storyIds.sort()).toEqual([...update.touchedStoryIds].sort());
    const members = await store.recordIdsOfStories(update.touchedStoryIds);
    expect([...members.values()].map((ids) => ids.length)).toEqual([3, 3]);
  });

  it('adds a new record to the right stored story, logs it, and leaves the other story as it was', async () => {
    const store = new InMemoryRecordStore();
    const engine = createClassicalEngine();
    const first = await updateStories(
      { store, engine, now: () => new Date('2026-11-01T12:00:00.000Z') },
      { recordIds: await stored(store, FIRST) },
    );
    const stories = await store.storiesOfRecords([FIRST[0]!.id, FIRST[3]!.id]);
    const ferry = stories.get(FIRST[0]!.id)!;
    const library = stories.get(FIRST[3]!.id)!;
    const [libraryBefore] = await store.storyStatesById([library]);
    const libraryVersion = await store.storyById(library);
    const libraryLog = await store.storyEvents(library);
    expect(libraryLog.map((event) => event.kind)).toEqual(['created']);

    const second = await updateStories(
      { store, engine, now: () => new Date('2026-11-02T12:00:00.000Z') },
      { recordIds: await stored(store, [LATER]) },
    );
    expect(second.touchedStoryIds).toEqual([ferry]);
    expect(second.rewrittenStoryIds).toEqual([ferry]);
    expect((await store.storiesOfRecords([LATER.id])).get(LATER.id)).toBe(ferry);
    expect(await store.storyStatesById([library])).toEqual([libraryBefore]);
    const published = await store.storiesOfEdition(second.edition!.id);
    expect(published.map((story) => story.id).sort()).toEqual([ferry, library].sort());
    expect(published.find((story) => story.id === library)).toEqual(libraryVersion);
    expect(published.find((story) => story.id === ferry)?.recordIds).toContain(LATER.id);
    const log = await store.storyEvents(ferry);
    expect(log.at(-1)).toMatchObject({ kind: 'records-added', recordIds: [LATER.id], editionId: second.edition!.id });
    expect(await store.storyEvents(library)).toEqual(libraryLog);
    expect(first.edition!.id).not.toBe(second.edition!.id);
  });

  it('does nothing for records already in a story but rewrite their story', async () => {
    const store = new InMemoryRecordStore();
    const engine = createClassicalEngine();
    const ids = await stored(store, FIRST);
    await updateStories({ store, engine, now: () => new Date('2026-11-01T12:00:00.000Z') }, { recordIds: ids });
    const again = await updateStories(
      { store, engine, now: () => new Date('2026-11-01T13:00:00.000Z') },
      { recordIds: [FIRST[0]!.id] },
    );
    expect(again.assigned).toBe(0);
    expect(again.touchedStoryIds).toEqual([(await store.storiesOfRecords([FIRST[0]!.id])).get(FIRST[0]!.id)]);
  });
});
