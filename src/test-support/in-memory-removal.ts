/**
 * @module test-support/in-memory-removal
 * The in-memory store's edition snapshots and record removal, on its tables: what the SQL store's
 * edition-queries.ts and record-removal-queries.ts do, held to the same contract.
 */
import {
  citedRecordIds,
  recordTime,
  type Edition,
  type SourceRecord,
  type Story,
  type StoryEvent,
} from '../model/index.js';
import type { RemovedRecords } from '../store/record-store.js';
import type { InMemoryStoryState } from './in-memory-story-state.js';
import { editionsNewestFirst, type InMemoryTables } from './in-memory-tables.js';

/** See RecordStore.publishEdition: stories not written again are the previous edition's versions. */
export function publishEdition(tables: InMemoryTables, edition: Edition, written: Story[], events: StoryEvent[]): void {
  if (tables.editions.some((entry) => entry.edition.id === edition.id))
    throw new Error(`edition ${edition.id} already exists`);
  const previous = new Map((editionsNewestFirst(tables)[0]?.stories ?? []).map((story) => [story.id, story]));
  const writtenById = new Map(written.map((story) => [story.id, story]));
  const stories = edition.storyIds.map((id) => {
    const story = writtenById.get(id) ?? previous.get(id);
    if (!story) throw new Error(`edition ${edition.id} lists stories neither written nor in the previous edition`);
    return story;
  });
  tables.events.push(...structuredClone(events));
  tables.editions.push(structuredClone({ edition, stories }));
}

/** See RecordStore.removeRecordsBefore: records older than `before` that no saved story version cites. */
export function removeRecordsBefore(
  tables: InMemoryTables,
  storyState: InMemoryStoryState,
  before: string,
): RemovedRecords {
  const cited = new Set(
    tables.editions.flatMap((entry) => entry.stories.flatMap((story) => [...citedRecordIds(story)])),
  );
  return removeRecordsWhere(
    tables,
    storyState,
    (record) => Date.parse(recordTime(record)) < Date.parse(before) && !cited.has(record.id),
  );
}

/** Removes the records `remove` picks, with their enrichments, aliases, revisions and story membership, then payloads no record needs. */
export function removeRecordsWhere(
  tables: InMemoryTables,
  storyState: InMemoryStoryState,
  remove: (record: SourceRecord) => boolean,
): RemovedRecords {
  const removed = [...tables.records.values()].filter(remove);
  for (const record of removed) {
    tables.records.delete(record.id);
    tables.enrichments.delete(record.id);
  }
  const ids = new Set(removed.map((record) => record.id));
  for (const [alias, recordId] of tables.aliases) if (ids.has(recordId)) tables.aliases.delete(alias);
  const kept = tables.revisions.filter((revision) => !ids.has(revision.recordId));
  tables.revisions.splice(0, tables.revisions.length, ...kept);
  storyState.forgetRecords(ids);
  const needed = new Set([...tables.records.values()].map((record) => record.rawHash));
  let payloads = 0;
  for (const hash of new Set(removed.map((record) => record.rawHash))) {
    if (!needed.has(hash) && tables.payloads.delete(hash)) payloads += 1;
  }
  return { records: removed.length, payloads };
}
