/**
 * @module extract/clean-article-body
 * Third step of article extraction: inside the chosen body, removes blocks that read as furniture
 * rather than text, by link density, form inputs, images per paragraph and class weight (the tests
 * of Readability's `_cleanConditionally`). Data tables and code stay.
 */
import { CLASS_WEIGHT, classWeight } from './boilerplate-names.js';
import { TEASER_LIST_ARTICLES, detach, linkDensity, type ElementStats, type StatsMap } from './measure-elements.js';
import type { PageElement } from './parse-page-tree.js';
import { isQuotation } from './prune-page.js';

/** Blocks judged here (Readability: form, fieldset, table, ul, div; we add the sectioning blocks and lists). */
const JUDGED_TAGS = new Set(['div', 'section', 'table', 'ul', 'ol', 'dl', 'form', 'fieldset', 'center']);
/** Paragraph-like tags judged by their link share alone. */
const LINKED_PARAGRAPH_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A paragraph with at least this share of its text in links is a pointer elsewhere. On the benchmark F1 is flat (0.975) from 0.5 to 0.8; 0.7 sits mid-plateau. */
const LINKED_PARAGRAPH_DENSITY = 0.7;
/**
 * Card grids: containers whose same-class children each hold a link, an image and at most
 * CARD_MAX_TEXT characters. On the benchmark F1 is the same for 3 or 4 cards and 200 to 500 characters.
 */
const CARD_TAGS = new Set(['div', 'li', 'article', 'section', 'figure']);
const CARD_LIST_LENGTH = 3;
const CARD_MAX_TEXT = 300;
/** A block with this many commas is prose and always stays (Readability: 10). */
const PROSE_COMMAS = 10;
/** Link density above which a block without a positive class is a link list (Readability: 0.2; 0.5 with one). */
const MAX_LINK_DENSITY = 0.2;
const MAX_LINK_DENSITY_POSITIVE = 0.5;
/** A block shorter than this with links and no heading is a link stub (Readability: 25 characters). */
const MIN_BLOCK_LENGTH = 25;
/** Fewer paragraphs per image than this make a gallery (Readability: 0.5). */
const PARAGRAPHS_PER_IMAGE = 0.5;
/** A gallery with at least this many characters of text is kept (ours: four short paragraphs' worth). */
const GALLERY_MIN_TEXT = 100;
/** A block whose headings hold this share of its text is a heading block, not a link stub (Readability: 0.9). */
const HEADING_TEXT_SHARE = 0.9;
/** A block of text whose lists hold more than this share of its text is itself a list (Readability: 0.9). */
const LIST_TEXT_SHARE = 0.9;

/** Removes furniture blocks below each part, in place; `core` and its ancestors always stay. */
export function cleanArticleBody(
  parts: PageElement[],
  stats: StatsMap,
  scores: Map<PageElement, number>,
  core: PageElement,
): void {
  const kept = new Set<PageElement>();
  for (let element: PageElement | null = core; element; element = element.parent) kept.add(element);
  const stack: PageElement[] = [];
  for (const part of parts) for (const child of part.children) if (typeof child !== 'string') stack.push(child);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (!kept.has(element) && isLinkedParagraph(element, stats)) {
      detach(element);
      continue;
    }
    if (!kept.has(element) && JUDGED_TAGS.has(element.tag) && shouldRemove(element, stats, scores.get(element) ?? 0)) {
      detach(element);
      continue;
    }
    if (element.tag === 'pre' || element.tag === 'code') continue;
    for (const child of element.children) if (typeof child !== 'string') stack.push(child);
  }
}

/**
 * A paragraph or heading that is mostly one link ("Read more: <headline>", a linked headline in
 * capitals) points away from the article rather than continuing it.
 */
function isLinkedParagraph(element: PageElement, stats: StatsMap): boolean {
  if (!LINKED_PARAGRAPH_TAGS.has(element.tag)) return false;
  return linkDensity(stats.get(element)!) >= LINKED_PARAGRAPH_DENSITY;
}

function shouldRemove(element: PageElement, stats: StatsMap, score: number): boolean {
  const own = stats.get(element)!;
  if (element.tag === 'table' && isDataTable(element, own)) return false;
  const weight = classWeight(element);
  // A scored block (one holding paragraphs) may outweigh its class; a negative prior alone never removes.
  if (weight + Math.max(score, 0) < 0) return !isQuotation(element, stats);
  if (own.articles >= TEASER_LIST_ARTICLES || isCardList(element, stats)) return true;
  if (own.commas >= PROSE_COMMAS) return false;
  const isList =
    element.tag === 'ul' ||
    element.tag === 'ol' ||
    element.tag === 'dl' ||
    listText(element, stats) > own.text * LIST_TEXT_SHARE;
  const density = linkDensity(own);
  // Readability drops a block with more images than twice its paragraphs; we drop it only when it also holds little text.
  if (own.images > 1 && own.paragraphs / own.images < PARAGRAPHS_PER_IMAGE && !insideFigure(element))
    return own.text < GALLERY_MIN_TEXT;
  if (own.inputs > Math.floor(own.paragraphs / 3)) return true;
  if (
    !isList &&
    own.headingText < own.text * HEADING_TEXT_SHARE &&
    own.text < MIN_BLOCK_LENGTH &&
    (own.images === 0 || own.images > 2) &&
    density > 0
  )
    return true;
  if (!isList && weight < CLASS_WEIGHT && density > MAX_LINK_DENSITY) return true;
  if (density > MAX_LINK_DENSITY_POSITIVE) return true;
  return own.text === 0 && own.images === 0;
}

/**
 * A run of same-class siblings that each hold a link, an image and little text (a thumbnail, a
 * headline, a line of teaser) is a grid of cards pointing at other pages. The image is what tells
 * a card from a paragraph marked up as a div with a link in it.
 */
function isCardList(element: PageElement, stats: StatsMap): boolean {
  const groups = new Map<string, number>();
  for (const child of element.children) {
    if (typeof child === 'string' || !child.attributes.class || !CARD_TAGS.has(child.tag)) continue;
    const own = stats.get(child)!;
    if (own.linkText === 0 || own.images === 0 || own.text > CARD_MAX_TEXT) continue;
    const key = `${child.tag}.${child.attributes.class}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  for (const count of groups.values()) if (count >= CARD_LIST_LENGTH) return true;
  return false;
}

/** Text in ul/ol descendants. */
function listText(element: PageElement, stats: StatsMap): number {
  let total = 0;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    total += child.tag === 'ul' || child.tag === 'ol' ? stats.get(child)!.text : listText(child, stats);
  }
  return total;
}

/** Readability's `_markDataTables`, shortened: a table with headers, a caption or a summary is data, not layout. */
function isDataTable(table: PageElement, own: ElementStats): boolean {
  if (table.attributes.role === 'presentation' || table.attributes.datatable === '0') return false;
  if (table.attributes.summary) return true;
  const hasData = (element: PageElement): boolean =>
    element.children.some(
      (child) =>
        typeof child !== 'string' &&
        (['caption', 'th', 'thead', 'tfoot', 'col', 'colgroup'].includes(child.tag) ||
          (child.tag !== 'table' && hasData(child))),
    );
  return hasData(table) && own.linkText < own.text * MAX_LINK_DENSITY_POSITIVE;
}

function insideFigure(element: PageElement): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (parent.tag === 'figure') return true;
  return false;
}
