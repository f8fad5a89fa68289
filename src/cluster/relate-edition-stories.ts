/**
 * @module cluster/relate-edition-stories
 * The relations between an edition's stories, from their records' stored enrichments when read.
 */
import { storedFeaturesOf, type EditionStories } from './group-edition-stories.js';
import { relateStories } from './relate-stories.js';
import type { ClusterRelation, StoryCluster } from './story-cluster.js';

/**
 * relateStories over `clusters` (the grouped stories, ids as they will be published) and the
 * grouped records. Stored entities and features where read, else found afresh: a replay from the
 * inputs alone relates the same stories.
 */
export function relateEditionStories(clusters: readonly StoryCluster[], grouped: EditionStories): ClusterRelation[] {
  const { records, enrichments } = grouped;
  const featuresOf = storedFeaturesOf(enrichments);
  return relateStories(clusters, records, {
    entitiesOf: (record) => enrichments?.get(record.id)?.entities,
    ...(featuresOf ? { featuresOf } : {}),
  });
}
