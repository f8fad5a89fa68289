/**
 * @module cluster/find-storylines
 * Stories that belong to one longer arc: linked, directly or through each other, by a follow-up or
 * background relation. Each stays a story of its own; the storyline says they go together.
 */
import { createHash } from 'node:crypto';
import type { ClusterRelation, StoryCluster } from './story-cluster.js';

/** Relations that make two stories one arc: one continues the other. `similar` and `same-entity` do not. */
const ARC_RELATIONS: ReadonlySet<string> = new Set(['follow-up', 'background']);

/** A storyline: its id and its stories' ids, oldest first. */
export interface Storyline {
  id: string;
  storyIds: string[];
}

/**
 * The storylines of two or more stories, keyed by each member's story id. `startedAt` gives each
 * story's start (epoch ms); members are ordered by it (then by id), and the id is
 * `storyline-` + 12 hex of SHA-256 of the earliest member's id.
 */
export function findStorylines(
  clusters: readonly StoryCluster[],
  relations: readonly ClusterRelation[],
  startedAt: ReadonlyMap<string, number>,
): Map<string, Storyline> {
  const parent = new Map(clusters.map((cluster) => [cluster.id, cluster.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const relation of relations) {
    if (!ARC_RELATIONS.has(relation.relation) || !parent.has(relation.from) || !parent.has(relation.to)) continue;
    parent.set(find(relation.from), find(relation.to));
  }
  const members = new Map<string, string[]>();
  for (const cluster of clusters) {
    const root = find(cluster.id);
    const list = members.get(root);
    if (list) list.push(cluster.id);
    else members.set(root, [cluster.id]);
  }
  const storylines = new Map<string, Storyline>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const storyIds = list.sort((a, b) => (startedAt.get(a) ?? 0) - (startedAt.get(b) ?? 0) || (a < b ? -1 : 1));
    const storyline = {
      id: `storyline-${createHash('sha256').update(storyIds[0]!).digest('hex').slice(0, 12)}`,
      storyIds,
    };
    for (const id of storyIds) storylines.set(id, storyline);
  }
  return storylines;
}
