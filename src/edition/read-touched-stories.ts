/**
 * @module edition/read-touched-stories
 * What rewriting the stories a batch touched reads from the store: their records, the latest
 * edition with its stories, and each story's log so far.
 */
import type { PublisherFamily, StoryEvent } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { enrichRecords } from '../enrich/enrich-records.js';
import { storedFeaturesOf } from '../cluster/group-edition-stories.js';
import { frontPage, type TouchedStories } from './rewrite-touched-stories.js';

/**
 * The {@link TouchedStories} of `storyIds`: of those that make the front page (ranked with the latest
 * edition's stories by their size and last unit), each story's records, their stored enrichments and
 * its log; and the latest edition with its stories.
 */
export async function readTouchedStories(
  store: RecordStore,
  storyIds: readonly string[],
  publisherFamilies: readonly PublisherFamily[],
  createdAt: string,
): Promise<TouchedStories> {
  const members = await store.recordIdsOfStories([...storyIds]);
  const latest = await store.latestEdition();
  const previousStories = latest ? await store.storiesOfEdition(latest.id) : [];
  // Ranked by size and last unit before any record is read: only the front page's touched stories are.
  const states = await store.storyStatesById([...storyIds]);
  const ranked = states.map((state) => ({
    id: state.id,
    recordIds: members.get(state.id) ?? [],
    updatedAt: state.lastAt,
    touched: true,
  }));
  const onPage = frontPage<{ id: string; recordIds: readonly string[]; updatedAt: string; touched?: boolean }>([
    ...ranked,
    ...previousStories,
  ]).filter((entry) => entry.touched === true);
  const records = await store.listRecords({ ids: onPage.flatMap((entry) => [...entry.recordIds]) });
  const enrichments = await enrichRecords(store, records);
  const histories = new Map<string, StoryEvent[]>();
  for (const { id } of onPage) histories.set(id, await store.storyEvents(id));
  const featuresOf = storedFeaturesOf(enrichments);
  return {
    clusters: onPage.map(({ id, recordIds }) => ({ id, recordIds: [...recordIds] })),
    recordsById: new Map(records.map((record) => [record.id, record])),
    previous: latest ? { edition: latest, stories: previousStories } : null,
    histories,
    publisherFamilies,
    ...(featuresOf ? { featuresOf } : {}),
    createdAt,
  };
}
