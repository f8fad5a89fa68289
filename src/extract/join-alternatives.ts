/**
 * @module extract/join-alternatives
 * An article split into chunks scores as several near-equal candidates; their common ancestor is the body.
 */
import type { StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';

/** A candidate scoring this share of the best is a chunk of the same article (Readability: 0.75). */
const ALTERNATIVE_SCORE_SHARE = 0.75;

/** Candidates looked at as chunks besides the best (Readability's DEFAULT_N_TOP_CANDIDATES). */
const TOP_CANDIDATES = 5;

/** The chunks' common ancestor may hold this many times their text (ads, captions between chunks). Ours, set by hand. */
const ALTERNATIVE_MAX_GROWTH = 1.3;

/**
 * An article split into chunks (one grid per chunk, ads between) scores as several near-equal
 * candidates. Readability takes their common ancestor when three of the top five share it; we take
 * it for any candidate scoring ALTERNATIVE_SCORE_SHARE of the best, as long as the ancestor holds
 * little beyond the chunks (ALTERNATIVE_MAX_GROWTH times their text).
 */
export function joinAlternatives(best: PageElement, scores: Map<PageElement, number>, stats: StatsMap): PageElement {
  const bestScore = scores.get(best) ?? 0;
  const ancestors = new Set<PageElement>();
  for (let element = best.parent; element; element = element.parent) ancestors.add(element);
  let joined = best;
  let chunkText = stats.get(best)!.text;
  const top = [...scores]
    .filter(([, score]) => score >= bestScore * ALTERNATIVE_SCORE_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_CANDIDATES);
  for (const [element] of top) {
    if (element === best || ancestors.has(element) || contains(best, element)) continue;
    let common: PageElement | null = element.parent;
    while (common && !ancestors.has(common) && common !== joined) common = common.parent;
    if (!common || common.tag === '#root' || !contains(common, joined)) continue;
    const text = chunkText + stats.get(element)!.text;
    if (stats.get(common)!.text > text * ALTERNATIVE_MAX_GROWTH) continue;
    joined = common;
    chunkText = text;
  }
  return joined;
}

function contains(ancestor: PageElement, element: PageElement): boolean {
  for (let current: PageElement | null = element; current; current = current.parent)
    if (current === ancestor) return true;
  return false;
}
