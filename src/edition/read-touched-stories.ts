/**
 * @module edition/read-touched-stories
 * What rewriting the stories a batch touched reads from the store: their records, the latest
 * edition with its stories, and each story's log so far.
 */
import type { PublisherFamily, StoryEvent } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { enrichRecords } from '../enrich/enrich-records.js';
import { storedFeaturesOf } from '../cluster/group-edition-stories.js';
import type { TouchedStories } from './rewrite-touched-stories.js';

/**
 * The {@link TouchedStories} of `storyIds`: each story's records (as clusters, oldest member order
 * left to the writer), their stored enrichments, the latest edition and its stories, each story's log.
 */
export async function readTouchedStories(
  store: RecordStore,
  storyIds: readonly string[],
  publisherFamilies: readonly PublisherFamily[],
  createdAt: string,
): Promise<TouchedStories> {
  const members = await store.recordIdsOfStories([...storyIds]);
  const records = await store.listRecords({ ids: [...members.values()].flat() });
  const enrichments = await enrichRecords(store, records);
  const latest = await store.latestEdition();
  const histories = new Map<string, StoryEvent[]>();
  for (const id of storyIds) histories.set(id, await store.storyEvents(id));
  const featuresOf = storedFeaturesOf(enrichments);
  return {
    clusters: storyIds.map((id) => ({ id, recordIds: members.get(id) ?? [] })),
    recordsById: new Map(records.map((record) => [record.id, record])),
    previous: latest ? { edition: latest, stories: await store.storiesOfEdition(latest.id) } : null,
    histories,
    publisherFamilies,
    ...(featuresOf ? { featuresOf } : {}),
    createdAt,
  };
}
