/**
 * @module cluster/story-cluster
 * The output of story grouping: which records form one story.
 */
import type { StoryRelation } from '../model/index.js';

export interface StoryCluster {
  /** Stable across builds: derived from the cluster's earliest root record. */
  id: string;
  recordIds: string[];
}

export interface ClusterRelation {
  from: string;
  to: string;
  relation: StoryRelation;
  score: number;
}
