/**
 * @module pipeline/update-stories
 * Stories updated as records arrive (the service's "update stories" job): a batch of stored records
 * joins the stored stories, and only the stories it touched are rewritten, verified and republished.
 */
import type { Edition, PublisherFamily } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { enrichRecords } from '../enrich/enrich-records.js';
import { MAX_STORIES_PER_TERM } from '../cluster/assign-to-stories.js';
import { assignToStoredStories } from '../cluster/assign-to-stored-stories.js';
import { groupThreads } from '../cluster/group-threads.js';
import { candidateQueryOf, STREAM_RULES, streamUnitsOf, termDocumentsOf } from '../cluster/stream-units-of.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { readTouchedStories } from '../edition/read-touched-stories.js';
import { rewriteTouchedStories } from '../edition/rewrite-touched-stories.js';

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
 * Steps: (1) read the batch's records and which are already in a story; (2) enrich the new ones;
 * (3) count their terms into the stream's document frequencies; (4) their thread units as vectors,
 * with the story each unit's thread is already in; (5) read the stored stories filed under their
 * terms within the window; (6) assign each unit, oldest first, by the streaming rules
 * (cluster/assign-to-stored-stories); (7) save the touched stories' states; (8) read the touched
 * stories' records, the latest edition and their logs (edition/read-touched-stories); (9) rewrite,
 * verify and assemble the edition (edition/rewrite-touched-stories); (10) publish it as a snapshot
 * that references every untouched story. Records must be stored (and ideally enriched) first.
 */
export async function updateStories(
  dependencies: UpdateStoriesDependencies,
  batch: { recordIds: string[] },
): Promise<StoriesUpdate> {
  const { store, engine, now } = dependencies;
  const createdAt = now().toISOString();
  const records = await store.listRecords({ ids: batch.recordIds });
  const known = await store.storiesOfRecords(records.map((record) => record.id));
  const arrivals = records.filter((record) => !known.has(record.id));
  const enrichments = await enrichRecords(store, arrivals);
  const frequencies = await store.countTermDocuments(termDocumentsOf(arrivals, enrichments));
  const units = groupThreads(arrivals);
  const threadStories = await store.storiesOfRecords(units.map((unit) => unit.key));
  const streamUnits = streamUnitsOf(units, enrichments, frequencies, threadStories);
  const query = candidateQueryOf(streamUnits, STREAM_RULES);
  const candidates = [
    ...(await store.storyStatesFiledUnder(query.terms, query.since, MAX_STORIES_PER_TERM)),
    ...(await store.storyStatesById([...new Set(threadStories.values())])),
  ];
  const changes = assignToStoredStories(streamUnits, candidates, STREAM_RULES, createdAt);
  await store.saveStoryStates(changes);
  const touchedStoryIds = [...new Set([...changes.map((change) => change.story.id), ...known.values()])];
  const touched = await readTouchedStories(store, touchedStoryIds, dependencies.publisherFamilies ?? [], createdAt);
  const rewritten = await rewriteTouchedStories(touched, engine);
  if (rewritten) await store.publishEdition(rewritten.edition, rewritten.written, rewritten.events);
  return {
    assigned: arrivals.length,
    touchedStoryIds,
    rewrittenStoryIds: rewritten?.written.map((story) => story.id) ?? [],
    edition: rewritten?.edition ?? null,
  };
}
