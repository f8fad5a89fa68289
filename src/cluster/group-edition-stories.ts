/**
 * @module cluster/group-edition-stories
 * An edition's stories: its records grouped, the publishable groups still active kept, largest first.
 */
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import { clusterStories, isPublishableCluster } from './cluster-stories.js';
import { selectEditionStories } from './edition-window.js';
import type { StoryCluster } from './story-cluster.js';
import type { FeaturesOf } from './vectorize-units.js';

/** The stories an edition will write, with the records they came from. */
export interface EditionStories {
  records: SourceRecord[];
  clusters: StoryCluster[];
  /** The records' stored enrichments by id, when read: relateStories names stories by their stored entities (else finds them). */
  enrichments?: ReadonlyMap<string, RecordEnrichment>;
}

/**
 * Groups `records` (cluster/edition-records) into stories and keeps the publishable ones the
 * edition window selects. `enrichments` (by record id) stand in for the texts where given, here and
 * in the weighing.
 */
export function groupEditionStories(
  records: SourceRecord[],
  enrichments?: ReadonlyMap<string, RecordEnrichment>,
): EditionStories {
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const featuresOf = storedFeaturesOf(enrichments);
  const clusters = selectEditionStories(
    clusterStories(records, featuresOf ? { featuresOf } : {}).filter((cluster) =>
      isPublishableCluster(cluster, recordsById),
    ),
    recordsById,
  );
  return enrichments ? { records, clusters, enrichments } : { records, clusters };
}

/** Reads each record's features from `enrichments` by id; undefined without them (the texts are read instead). */
export function storedFeaturesOf(enrichments?: ReadonlyMap<string, RecordEnrichment>): FeaturesOf | undefined {
  return enrichments ? (record: SourceRecord) => enrichments.get(record.id) : undefined;
}
