/**
 * @module extract/join-siblings
 * Readability's sibling step: the body's siblings that continue the article join it, in document order.
 */
import { TEASER_LIST_ARTICLES, childElements, linkDensity, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';

/** A sibling joins the body when it scores this share of the body's score, and at least MIN_SIBLING_SCORE (Readability: 0.2, 10). */
const SIBLING_SCORE_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;

/** A paragraph sibling joins when it is this long with link density under this (Readability: 80, 0.25). */
const SIBLING_PARAGRAPH_LENGTH = 80;
/** The link density under which a paragraph sibling, or a body-named element, reads as prose (Readability: 0.25). */
export const SIBLING_MAX_LINK_DENSITY = 0.25;

/** The body and the siblings that continue it, in document order (Readability's sibling step). */
export function joinSiblings(body: PageElement, scores: Map<PageElement, number>, stats: StatsMap): PageElement[] {
  const parent = body.parent;
  if (!parent) return [body];
  const bodyScore = scores.get(body) ?? 0;
  const threshold = Math.max(MIN_SIBLING_SCORE, bodyScore * SIBLING_SCORE_SHARE);
  const parts: PageElement[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === body) {
      parts.push(sibling);
      continue;
    }
    const own = stats.get(sibling)!;
    if (own.articles >= TEASER_LIST_ARTICLES) continue;
    const sameKind =
      sibling.tag === body.tag && !!sibling.attributes.class && sibling.attributes.class === body.attributes.class;
    const bonus = sameKind ? bodyScore * SIBLING_SCORE_SHARE : 0;
    const score = scores.get(sibling);
    const density = linkDensity(own);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(sibling);
      continue;
    }
    // A same-kind sibling of prose is the next chunk of the body even when its paragraphs sit too deep to score it.
    if (sameKind && own.text > SIBLING_PARAGRAPH_LENGTH && density < SIBLING_MAX_LINK_DENSITY) {
      parts.push(sibling);
      continue;
    }
    if (sibling.tag !== 'p') continue;
    if (own.text > SIBLING_PARAGRAPH_LENGTH && density < SIBLING_MAX_LINK_DENSITY) parts.push(sibling);
    else if (own.text > 0 && own.text <= SIBLING_PARAGRAPH_LENGTH && density === 0 && /\.( |$)/.test(textOf(sibling)))
      parts.push(sibling);
  }
  return parts;
}

function textOf(element: PageElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textOf(child);
  return text;
}
