/**
 * Story identity across editions: a story that left the edition window and came back is logged as
 * returned, not created; a story that an older record joined keeps its id and its log says why.
 */
import { describe, expect, it } from 'vitest';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { storyIdFor } from '../cluster/story-id.js';
import { plateReaderStory } from './__fixtures__/plate-reader-story.js';
import { buildEdition, composeEdition } from './build-edition.js';

const { thread: THREAD, reply: REPLY, report: REPORT } = plateReaderStory('2026-11-01');
/** Another story, 39 days on: the plate-reader story's newest record is then past the 30-day edition window. */
const FERRY = [
  makeRecord({
    platform: 'feed',
    externalId: 'https://ledger.example/ferry',
    venue: 'The Harbor Ledger',
    title: 'Harbor ferry fares rise 20 percent in January',
    text: 'The harbor ferry authority will raise fares by 20 percent in January. The authority said fuel costs drove the ferry fare rise.',
    publishedAt: '2026-12-10T08:00:00.000Z',
  }),
  makeRecord({
    platform: 'reddit',
    externalId: 't3_ferry',
    venue: 'r/harborcommute',
    title: 'Ferry fares going up 20 percent in January',
    text: 'The ferry authority is raising fares by 20 percent in January, blaming fuel costs. Harbor commuters will pay more for the ferry.',
    publishedAt: '2026-12-10T10:00:00.000Z',
  }),
];
/** A late reply to the plate-reader thread brings that story back into the edition. */
const LATE_REPLY = makeRecord({
  platform: 'reddit',
  externalId: 't1_plates_late',
  venue: 'r/harborcity',
  author: 'u/late',
  threadId: THREAD.id,
  parentId: THREAD.id,
  text: 'Six weeks on, the council still keeps the plate-reader data for 365 days, and nobody has asked for the 30 days back.',
  publishedAt: '2026-12-12T09:00:00.000Z',
});

describe('story identity across editions', () => {
  it('logs a story that dropped out of the edition window and came back as returned, with the days away', async () => {
    const store = new InMemoryRecordStore();
    const engine = createClassicalEngine();
    await store.upsertRecords([THREAD, REPLY, REPORT]);
    const first = await buildEdition({ store, engine, now: () => new Date('2026-11-02T00:00:00.000Z') });
    const plates = first.stories.find((story) => story.recordIds.includes(REPORT.id))!;
    expect(plates).toBeDefined();

    await store.upsertRecords(FERRY);
    const second = await buildEdition({ store, engine, now: () => new Date('2026-12-11T00:00:00.000Z') });
    expect(second.stories.map((story) => story.id)).not.toContain(plates.id);

    await store.upsertRecords([LATE_REPLY]);
    const third = await buildEdition({ store, engine, now: () => new Date('2026-12-13T00:00:00.000Z') });
    const back = third.stories.find((story) => story.id === plates.id)!;
    expect(back.recordIds).toContain(LATE_REPLY.id);
    const events = third.events.filter((event) => event.storyId === plates.id);
    expect(events.map((event) => event.kind)).not.toContain('created');
    expect(events[0]).toMatchObject({ kind: 'returned', recordIds: [LATE_REPLY.id] });
    expect(events[0]!.detail).toBe(
      `back after 41 days out of the edition (last in ${first.edition.id}) with 1 new record`,
    );
    expect((await store.storyEvents(plates.id)).map((event) => event.kind)).toEqual(['created', 'returned']);
    // The returned story's earlier log reached the engine: the replay snapshot carries it.
    expect(third.inputs.earlierStories?.map((earlier) => earlier.story.id)).toEqual([plates.id]);
    expect(third.inputs.storyLog.some((event) => event.storyId === plates.id && event.kind === 'created')).toBe(true);
    // A replay from the snapshot alone logs the same.
    expect((await composeEdition(structuredClone(third.inputs), engine)).events).toEqual(third.events);
  });

  it("keeps a story's id when a record older than its first one joins, and says so once in its log", async () => {
    const store = new InMemoryRecordStore();
    const engine = createClassicalEngine();
    await store.upsertRecords([THREAD, REPLY, REPORT]);
    const first = await buildEdition({ store, engine, now: () => new Date('2026-11-02T00:00:00.000Z') });
    const plates = first.stories.find((story) => story.recordIds.includes(REPORT.id))!;
    expect(plates.id).toBe(storyIdFor(THREAD.id));

    // A wire report published before the thread, fetched only now: by its earliest record the story would be a new one.
    const wire = makeRecord({
      platform: 'feed',
      externalId: 'https://wire.example/plates',
      venue: 'Regional Wire',
      title: 'Harbor City council to vote on plate-reader data',
      text: 'The council votes on Tuesday on whether to keep licence-plate reader data for 365 days instead of 30 days. The police asked for the longer retention.',
      publishedAt: '2026-10-31T12:00:00.000Z',
    });
    await store.upsertRecords([wire]);
    const second = await buildEdition({ store, engine, now: () => new Date('2026-11-03T00:00:00.000Z') });
    const kept = second.stories.find((story) => story.recordIds.includes(REPORT.id))!;
    expect(kept.recordIds).toContain(wire.id);
    expect(kept.id).toBe(plates.id);
    const events = second.events.filter((event) => event.storyId === plates.id);
    expect(events[0]).toMatchObject({
      kind: 'records-added',
      recordIds: [wire.id],
      relatedStoryIds: [storyIdFor(wire.id)],
    });
    expect(events[0]!.detail).toContain(`would make its id ${storyIdFor(wire.id)}, but it keeps ${plates.id}`);
    expect(second.events.map((event) => event.kind)).not.toContain('created');
    expect(second.events.map((event) => event.kind)).not.toContain('split');

    const third = await buildEdition({ store, engine, now: () => new Date('2026-11-04T00:00:00.000Z') });
    expect(third.stories.map((story) => story.id)).toContain(plates.id);
    expect(third.events.filter((event) => event.storyId === plates.id && event.relatedStoryIds.length > 0)).toEqual([]);
  });
});
