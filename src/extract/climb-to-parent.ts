/**
 * @module extract/climb-to-parent
 * Readability's climb from the best candidate to a wrapper that scores as well.
 */
import { childElements, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';

/** A parent whose score stays above this share of the best one is a better body (Readability climbs while above 1/3). */
const PARENT_SCORE_SHARE = 1 / 3;

/** Readability's climb: an only child gives way to its parent, and so does a child whose parent scores higher. */
export function climbToParent(best: PageElement, scores: Map<PageElement, number>, stats: StatsMap): PageElement {
  const bestScore = scores.get(best) ?? 0;
  let current = best;
  let lastScore = bestScore;
  for (let parent = current.parent; parent && parent.tag !== '#root'; parent = parent.parent) {
    const parentScore = scores.get(parent);
    const onlyChild = childElements(parent).length === 1 && stats.get(parent)!.text === stats.get(current)!.text;
    if (onlyChild) {
      current = parent;
      continue;
    }
    if (parentScore === undefined || parentScore < bestScore * PARENT_SCORE_SHARE) break;
    if (parentScore > lastScore) {
      current = parent;
      lastScore = parentScore;
    } else break;
  }
  return current;
}
