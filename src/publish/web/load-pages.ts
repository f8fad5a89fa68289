/**
 * @module publish/web/load-pages
 * Reads what each page prints from the RecordStore port; read-only, and null when the id is unknown.
 */
import type { SourceRecord } from '../../model/index.js';
import type { RecordStore } from '../../store/record-store.js';
import type { RecordPageData } from './render-record-page.js';
import type { StoryPageData } from './render-story-page.js';
import { storyReadingOrder } from './story-reading-order.js';

/** The story and every record it cites, lists as read, or names in its timing; null when no such story. */
export async function loadStoryPage(store: RecordStore, storyId: string): Promise<StoryPageData | null> {
  const story = await store.storyById(storyId);
  if (!story) return null;
  const ids = new Set<string>(story.recordIds);
  for (const sentence of storyReadingOrder(story)) for (const id of sentence.citations) ids.add(id);
  if (story.timing.communityFirst) ids.add(story.timing.communityFirst.recordId);
  if (story.timing.pressFirst) ids.add(story.timing.pressFirst.recordId);
  const records = ids.size > 0 ? await store.listRecords({ ids: [...ids] }) : [];
  return { story, records: new Map(records.map((record) => [record.id, record])) };
}

/** The record, its parent and thread root when stored, and the latest stories citing it; null when no such record. */
export async function loadRecordPage(store: RecordStore, recordId: string): Promise<RecordPageData | null> {
  const record = await store.recordById(recordId);
  if (!record) return null;
  const [parent, root, citedIn] = await Promise.all([
    optionalRecord(store, record.parentId),
    optionalRecord(store, record.threadId),
    store.storiesCitingRecord(record.id),
  ]);
  return { record, parent, root, citedIn };
}

function optionalRecord(store: RecordStore, id: string | null): Promise<SourceRecord | null> {
  return id ? store.recordById(id) : Promise.resolve(null);
}
