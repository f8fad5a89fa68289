/**
 * @module pipeline/update-stories-state
 * The first half of updating stories: a batch of stored records joins the stored stories (or starts
 * some), and the state of the stories it touched is saved. Writes no story; a bench seeds with it.
 */
import type { RecordStore } from '../store/record-store.js';
import { enrichRecords } from '../enrich/enrich-records.js';
import { MAX_STORIES_PER_TERM } from '../cluster/assign-to-stories.js';
import { assignToStoredStories } from '../cluster/assign-to-stored-stories.js';
import { groupThreads } from '../cluster/group-threads.js';
import { candidateQueryOf, STREAM_RULES, streamUnitsOf, termDocumentsOf } from '../cluster/stream-units-of.js';

/** Which stories a batch changed. */
export interface StoryStatesUpdate {
  /** Records of the batch that joined or started a story (records already in one are not counted). */
  assigned: number;
  /** Stories whose records changed: joined, started, or holding a record of the batch already. */
  touchedStoryIds: string[];
}

/**
 * Steps: (1) read the batch's records and which are already in a story; (2) enrich the new ones
 * (stored enrichments reused); (3) count their terms into the stream's document frequencies;
 * (4) their thread units as vectors, each with the story its thread is already in; (5) read the
 * stored stories filed under their lookup terms within the window; (6) assign each unit, oldest
 * first, by the streaming rules (cluster/assign-to-stored-stories); (7) save the touched stories' states.
 */
export async function updateStoryStates(
  store: RecordStore,
  recordIds: string[],
  createdAt: string,
): Promise<StoryStatesUpdate> {
  const records = await store.listRecords({ ids: recordIds });
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
  return {
    assigned: arrivals.length,
    touchedStoryIds: [...new Set([...changes.map((change) => change.story.id), ...known.values()])],
  };
}
