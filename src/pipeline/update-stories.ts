/**
 * @module pipeline/update-stories
 * Stories updated as records arrive (the service's "update stories" job): a batch of stored records
 * joins the stored stories, and only the stories it touched are rewritten, verified and republished.
 */
import type { Edition, PublisherFamily } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { readTouchedStories } from '../edition/read-touched-stories.js';
import { rewriteTouchedStories } from '../edition/rewrite-touched-stories.js';
import { updateStoryStates } from './update-stories-state.js';

/** What an update needs: the store, the engine, the clock and the publisher families. */
export interface UpdateStoriesDependencies {
  store: RecordStore;
  engine: EditorialModel;
  now: () => Date;
  publisherFamilies?: readonly PublisherFamily[];
}

/** What one update changed. */
export interface StoriesUpdate {
  /** Records of the batch that joined or started a story (records already in one are not counted). */
  assigned: number;
  /** Stories whose records changed: joined, started, or holding an edited record of the batch. */
  touchedStoryIds: string[];
  /** The stories written again and published; the edition's other stories are referenced unchanged. */
  rewrittenStoryIds: string[];
  /** The edition published; null when no touched story was publishable. */
  edition: Edition | null;
}

/**
 * Steps: (1) the batch joins the stored stories and their states are saved
 * (pipeline/update-stories-state); (2) read, of the touched stories that make the front page, their
 * records and logs, and the latest edition (edition/read-touched-stories); (3) rewrite and verify
 * them and assemble the edition (edition/rewrite-touched-stories); (4) publish it as a snapshot that
 * references every other story unchanged. Records must be stored first (ingest enriches them).
 */
export async function updateStories(
  dependencies: UpdateStoriesDependencies,
  batch: { recordIds: string[] },
): Promise<StoriesUpdate> {
  const { store, engine, now } = dependencies;
  const createdAt = now().toISOString();
  const { assigned, touchedStoryIds } = await updateStoryStates(store, batch.recordIds, createdAt);
  const touched = await readTouchedStories(store, touchedStoryIds, dependencies.publisherFamilies ?? [], createdAt);
  const rewritten = await rewriteTouchedStories(touched, engine);
  if (rewritten) await store.publishEdition(rewritten.edition, rewritten.written, rewritten.events);
  return {
    assigned,
    touchedStoryIds,
    rewrittenStoryIds: rewritten?.written.map((story) => story.id) ?? [],
    edition: rewritten?.edition ?? null,
  };
}
