/**
 * @module extract/find-article-body
 * Second step of article extraction: scores paragraphs, passes the score up to their ancestors and
 * picks the element (plus sibling blocks that continue it) that holds the article body. The scoring
 * follows Readability's (`_grabArticle`): commas and length per paragraph, decayed up five levels,
 * weighted by class names and discounted by link density.
 */
import { climbToParent } from './climb-to-parent.js';
import { joinAlternatives } from './join-alternatives.js';
import { joinSiblings } from './join-siblings.js';
import { linkDensity, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';
import { preferBodyNamed } from './prefer-body-named.js';
import { scoreCandidates } from './score-candidates.js';

/** The body element and, in reading order, the elements that make up the article (the body or its kept siblings). */
export interface ArticleBody {
  /** The best-scoring element before climbing to wrappers: the heart of the article. */
  core: PageElement;
  body: PageElement;
  parts: PageElement[];
  scores: Map<PageElement, number>;
}

/** The article body below `root`, or null when no element scores. */
export function findArticleBody(root: PageElement, stats: StatsMap): ArticleBody | null {
  const scores = scoreCandidates(root, stats);
  let best: PageElement | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const adjusted = score * (1 - linkDensity(stats.get(element)!));
    scores.set(element, adjusted);
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  if (!best) return null;
  const core = joinAlternatives(preferBodyNamed(root, best, stats), scores, stats);
  const body = climbToParent(core, scores, stats);
  return { core, body, parts: joinSiblings(body, scores, stats), scores };
}
