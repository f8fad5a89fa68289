/**
 * @module extract/score-candidates
 * Readability's paragraph scoring (`_grabArticle`): each paragraph's commas and length, passed up to
 * its ancestors with decay, on top of a prior by tag and class name.
 */
import { classWeight } from './boilerplate-names.js';
import { childElements, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';

/** A paragraph shorter than this many characters is not scored (Readability: 25). */
const MIN_PARAGRAPH_LENGTH = 25;

/** Levels of ancestors a paragraph's score reaches (Readability: 5). */
const SCORED_ANCESTOR_LEVELS = 5;

/** Length points per paragraph: one per this many characters, at most MAX_LENGTH_POINTS (Readability: 100, 3). */
const CHARACTERS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;

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

/** Every element a paragraph's score reached, with its score before the link-density discount. */
export function scoreCandidates(root: PageElement, stats: StatsMap): Map<PageElement, number> {
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
