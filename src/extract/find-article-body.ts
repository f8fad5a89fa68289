/**
 * @module extract/find-article-body
 * Second step of article extraction: scores paragraphs, passes the score up to their ancestors and
 * picks the element (plus sibling blocks that continue it) that holds the article body. The scoring
 * follows Readability's (`_grabArticle`): commas and length per paragraph, decayed up five levels,
 * weighted by class names and discounted by link density.
 */
import { classWeight, isBodyNamed } from './boilerplate-names.js';
import { BLOCK_TAGS, TEASER_LIST_ARTICLES, childElements, linkDensity, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';

/** A paragraph shorter than this many characters is not scored (Readability: 25). */
const MIN_PARAGRAPH_LENGTH = 25;
/** Levels of ancestors a paragraph's score reaches (Readability: 5). */
const SCORED_ANCESTOR_LEVELS = 5;
/** Length points per paragraph: one per this many characters, at most MAX_LENGTH_POINTS (Readability: 100, 3). */
const CHARACTERS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** A sibling joins the body when it scores this share of the body's score, and at least MIN_SIBLING_SCORE (Readability: 0.2, 10). */
const SIBLING_SCORE_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** A paragraph sibling joins when it is this long with link density under this (Readability: 80, 0.25). */
const SIBLING_PARAGRAPH_LENGTH = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** A parent whose score stays above this share of the best one is a better body (Readability climbs while above 1/3). */
const PARENT_SCORE_SHARE = 1 / 3;
/**
 * A body-named element (itemprop=articleBody, "article-body", ...) wins when it holds at least this
 * share of the best candidate's unlinked text and at most BODY_NAMED_MAX_GROWTH times its text: more
 * than that and it is a page wrapper, not the body. Ours, set by hand: half the text, half again in size.
 */
const BODY_NAMED_TEXT_SHARE = 0.5;
const BODY_NAMED_MAX_GROWTH = 1.5;

/** A candidate scoring this share of the best is a chunk of the same article (Readability: 0.75). */
const ALTERNATIVE_SCORE_SHARE = 0.75;
/** Candidates looked at as chunks besides the best (Readability's DEFAULT_N_TOP_CANDIDATES). */
const TOP_CANDIDATES = 5;
/** The chunks' common ancestor may hold this many times their text (ads, captions between chunks). Ours, set by hand. */
const ALTERNATIVE_MAX_GROWTH = 1.3;

/** Tags whose text is scored as a paragraph (Readability's DEFAULT_TAGS_TO_SCORE, plus blocks holding loose text). */
const SCORED_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'blockquote', 'li', 'dd']);
/**
 * Containers scored as paragraphs when they hold text outside any block child (Readability wraps such
 * text in a <p>). Tables and lists hold loose text only in broken markup, or past MAX_TREE_DEPTH.
 */
const LOOSE_TEXT_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'span',
  'font',
  'center',
  'table',
  'tbody',
  'tr',
  'ul',
  'ol',
]);

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

function scoreCandidates(root: PageElement, stats: StatsMap): Map<PageElement, number> {
  const scores = new Map<PageElement, number>();
  const stack = childElements(root);
  while (stack.length > 0) {
    const element = stack.pop()!;
    for (const child of element.children) if (typeof child !== 'string') stack.push(child);
    const isLoose = !SCORED_TAGS.has(element.tag) && LOOSE_TEXT_TAGS.has(element.tag);
    if (!isLoose && !SCORED_TAGS.has(element.tag)) continue;
    const own = stats.get(element)!;
    if (own.ownText < MIN_PARAGRAPH_LENGTH) continue;
    const points = 1 + own.ownCommas + Math.min(Math.floor(own.ownText / CHARACTERS_PER_POINT), MAX_LENGTH_POINTS);
    // Loose text in a container scores the container's wrapper levels as a <p> would (Readability wraps it in one).
    let ancestor: PageElement | null = isLoose ? element : element.parent;
    for (let level = 0; ancestor && level < SCORED_ANCESTOR_LEVELS; level += 1, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / divider);
    }
  }
  return scores;
}

/** Readability's `_initializeNode`: a prior by tag plus the class weight. */
function initialScore(element: PageElement): number {
  let score = classWeight(element);
  switch (element.tag) {
    case 'div':
    case 'article':
    case 'main':
      score += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5;
      break;
    default:
      break;
  }
  return score;
}

/**
 * When the page names its body (itemprop=articleBody, class "article-body", ...) and that element holds
 * most of the best candidate's text, it wins: the publisher's own markup beats our guess. Of nested
 * body-named elements the outermost that still qualifies is taken.
 */
function preferBodyNamed(root: PageElement, best: PageElement, stats: StatsMap): PageElement {
  const bestStats = stats.get(best)!;
  const bestText = bestStats.text - bestStats.linkText;
  const stack = childElements(root);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (isBodyNamed(element) && BLOCK_TAGS.has(element.tag)) {
      const own = stats.get(element)!;
      const unlinked = own.text - own.linkText;
      if (
        unlinked >= bestText * BODY_NAMED_TEXT_SHARE &&
        own.text <= bestStats.text * BODY_NAMED_MAX_GROWTH &&
        linkDensity(own) < SIBLING_MAX_LINK_DENSITY
      )
        return element;
    }
    for (let index = element.children.length - 1; index >= 0; index -= 1) {
      const child = element.children[index]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return best;
}

/**
 * An article split into chunks (one grid per chunk, ads between) scores as several near-equal
 * candidates. Readability takes their common ancestor when three of the top five share it; we take
 * it for any candidate scoring ALTERNATIVE_SCORE_SHARE of the best, as long as the ancestor holds
 * little beyond the chunks (ALTERNATIVE_MAX_GROWTH times their text).
 */
function joinAlternatives(best: PageElement, scores: Map<PageElement, number>, stats: StatsMap): PageElement {
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

/** Readability's climb: an only child gives way to its parent, and so does a child whose parent scores higher. */
function climbToParent(best: PageElement, scores: Map<PageElement, number>, stats: StatsMap): PageElement {
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

/** The body and the siblings that continue it, in document order (Readability's sibling step). */
function joinSiblings(body: PageElement, scores: Map<PageElement, number>, stats: StatsMap): PageElement[] {
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
