/**
 * @module extract/measure-elements
 * One bottom-up pass over the light tree that counts, for every element, the text it holds, how
 * much of it sits in links, its commas, and the same for its "own" text (text not inside a block
 * child), which is what makes an element a paragraph.
 */
import type { PageElement, PageNode } from './parse-page-tree.js';

/** Counts for one element; lengths are characters after whitespace runs collapse to one. */
export interface ElementStats {
  text: number;
  linkText: number;
  commas: number;
  /** Text in direct text children and inline descendants, not inside a block child. */
  ownText: number;
  ownCommas: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  headingText: number;
  /** Text inside `<blockquote>` descendants: quoted content, such as an embedded post. */
  quotedText: number;
  /** `<article>` descendants: two or more make a teaser list, not an article. */
  articles: number;
}

/** Elements that start a new block of text (HTML flow content that renders as a block). */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'center',
  'menu',
  'br',
]);

/** A block holding this many `<article>` elements is a list of teasers for other articles, not one article. */
export const TEASER_LIST_ARTICLES = 2;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The commas Readability counts (`REGEXPS.commas`): Latin, Arabic, small, ideographic and fullwidth. */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

export type StatsMap = Map<PageElement, ElementStats>;

/** Stats for `root` and every element below it. */
export function measureElements(root: PageElement): StatsMap {
  const stats: StatsMap = new Map();
  // Post-order with an explicit stack: deep pages cannot exhaust the call stack.
  const stack: Array<[PageElement, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [element, visited] = stack.pop()!;
    if (!visited) {
      stack.push([element, true]);
      for (const child of element.children) if (typeof child !== 'string') stack.push([child, false]);
      continue;
    }
    stats.set(element, statsOf(element, stats));
  }
  return stats;
}

function statsOf(element: PageElement, stats: StatsMap): ElementStats {
  const result: ElementStats = {
    text: 0,
    linkText: 0,
    commas: 0,
    ownText: 0,
    ownCommas: 0,
    paragraphs: 0,
    images: 0,
    listItems: 0,
    inputs: 0,
    headingText: 0,
    quotedText: 0,
    articles: 0,
  };
  for (const child of element.children) {
    if (typeof child === 'string') {
      const length = textLength(child);
      const commas = countCommas(child);
      result.text += length;
      result.ownText += length;
      result.commas += commas;
      result.ownCommas += commas;
      continue;
    }
    const childStats = stats.get(child)!;
    result.text += childStats.text;
    result.linkText += child.tag === 'a' ? childStats.text : childStats.linkText;
    result.commas += childStats.commas;
    result.paragraphs += childStats.paragraphs + (child.tag === 'p' ? 1 : 0);
    result.images += childStats.images + (child.tag === 'img' ? 1 : 0);
    result.listItems += childStats.listItems + (child.tag === 'li' ? 1 : 0);
    result.inputs += childStats.inputs + (child.tag === 'input' ? 1 : 0);
    result.articles += childStats.articles + (child.tag === 'article' ? 1 : 0);
    result.headingText += HEADING_TAGS.has(child.tag) ? childStats.text : childStats.headingText;
    result.quotedText += child.tag === 'blockquote' ? childStats.text : childStats.quotedText;
    if (!BLOCK_TAGS.has(child.tag)) {
      result.ownText += childStats.ownText;
      result.ownCommas += childStats.ownCommas;
    }
  }
  return result;
}

/** Link characters per text character; 0 for an empty element. */
export function linkDensity(stats: ElementStats): number {
  return stats.text > 0 ? stats.linkText / stats.text : 0;
}

/** Length of `text` with whitespace runs counted once and leading/trailing whitespace not at all. */
export function textLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12;
    if (isSpace) {
      if (!inSpace) length += 1;
      inSpace = true;
    } else {
      length += 1;
      inSpace = false;
    }
  }
  return length;
}

function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let count = 0;
  while (COMMAS.exec(text) !== null) count += 1;
  return count;
}

/** The children of `element` that are elements. */
export function childElements(element: PageElement): PageElement[] {
  return element.children.filter((child): child is PageElement => typeof child !== 'string');
}

/** Removes `node` from its parent's children. */
export function detach(element: PageElement): void {
  const siblings = element.parent?.children;
  if (!siblings) return;
  const index = siblings.indexOf(element as PageNode);
  if (index >= 0) siblings.splice(index, 1);
  element.parent = null;
}
