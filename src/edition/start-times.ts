/**
 * @module edition/start-times
 * When each of an edition's stories began: the order of a storyline's stories.
 */
import type { SourceRecord } from '../model/index.js';
import { recordTime } from '../cluster/group-threads.js';
import type { StoryCluster } from '../cluster/story-cluster.js';

/** Each cluster's earliest record time in epoch ms, by cluster id; Infinity for a cluster none of whose records is in `records`. */
export function startTimes(clusters: readonly StoryCluster[], records: readonly SourceRecord[]): Map<string, number> {
  const recordsById = new Map(records.map((record) => [record.id, record]));
  return new Map(
    clusters.map((cluster) => {
      let first = Infinity;
      for (const id of cluster.recordIds) {
        const record = recordsById.get(id);
        if (record) first = Math.min(first, recordTime(record));
      }
      return [cluster.id, first];
    }),
  );
}
