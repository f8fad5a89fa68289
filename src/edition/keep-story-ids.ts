/**
 * @module edition/keep-story-ids
 * Between clustering and writing: a story keeps its id when an older record joins it. Cluster ids
 * come from the earliest root record (cluster/story-id), so a record older than the story's first
 * one would otherwise give the same story a new id, and readers' links and its log would break.
 */
import type { Story } from '../model/index.js';
import type { StoryCluster } from '../cluster/story-cluster.js';

/**
 * A cluster takes a vanished previous story's id when more than this share of that story's records
 * are in it. Over a half, so at most one cluster can claim a story's id.
 */
export const KEEP_ID_MIN_SHARE = 0.5;

export interface KeptStoryIds {
  clusters: StoryCluster[];
  /** Kept id → the id the cluster's earliest root record gives it, for each cluster renamed. */
  kept: Map<string, string>;
}

/**
 * Renames each cluster whose id no previous story had to the id of a previous story that no
 * cluster has any more (it vanished) and whose records it mostly holds (more than
 * {@link KEEP_ID_MIN_SHARE}); the largest overlap wins. Other clusters are returned as given.
 */
export function keepStoryIds(clusters: readonly StoryCluster[], previousStories: readonly Story[]): KeptStoryIds {
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  const previousIds = new Set(previousStories.map((story) => story.id));
  const vanished = previousStories.filter((story) => !clusterIds.has(story.id));
  const kept = new Map<string, string>();
  if (vanished.length === 0) return { clusters: [...clusters], kept };
  const renamed = clusters.map((cluster) => {
    if (previousIds.has(cluster.id)) return cluster;
    const members = new Set(cluster.recordIds);
    let best: { id: string; overlap: number } | null = null;
    for (const story of vanished) {
      if (kept.has(story.id)) continue;
      const overlap = story.recordIds.filter((id) => members.has(id)).length;
      if (overlap <= KEEP_ID_MIN_SHARE * story.recordIds.length) continue;
      if (!best || overlap > best.overlap || (overlap === best.overlap && story.id < best.id))
        best = { id: story.id, overlap };
    }
    if (!best) return cluster;
    kept.set(best.id, cluster.id);
    return { ...cluster, id: best.id };
  });
  return { clusters: renamed, kept };
}
