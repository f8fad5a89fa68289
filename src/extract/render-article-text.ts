/**
 * @module extract/render-article-text
 * Last step of article extraction: the chosen parts of the light tree become plain text, one
 * paragraph per block (headings, list items, quotes, table rows and paragraphs in reading order),
 * separated by blank lines. A heading repeating the page title is left out: it is the title, not body.
 */
import { BLOCK_TAGS } from './measure-elements.js';
import { normaliseParagraphs } from './html-to-text.js';
import type { PageElement } from './parse-page-tree.js';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Marks a heading's paragraph while rendering; a private-use character no page text holds. */
const HEADING_MARK = '\uE000';

/** Table cells are separated by a space within their row. */
const CELL_TAGS = new Set(['td', 'th']);

/** Paragraph text of `parts`, in order; `title` (when given) suppresses headings that repeat it. */
export function renderArticleText(parts: PageElement[], title: string | null): string {
  const out: string[] = [];
  const titleKey = title ? comparable(title) : null;
  const stack: Array<PageElement | string> = [];
  for (let index = parts.length - 1; index >= 0; index -= 1) stack.push(parts[index]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (titleKey && (item.tag === 'h1' || item.tag === 'h2') && repeatsTitle(item, titleKey)) continue;
    if (HEADING_TAGS.has(item.tag)) {
      out.push(`\n\n${HEADING_MARK}`);
      stack.push('\n\n');
    } else if (BLOCK_TAGS.has(item.tag)) {
      out.push('\n\n');
      stack.push('\n\n');
    } else if (CELL_TAGS.has(item.tag)) stack.push(' ');
    for (let index = item.children.length - 1; index >= 0; index -= 1) stack.push(item.children[index]!);
  }
  const paragraphs = normaliseParagraphs(out.join('')).split('\n\n');
  // A heading that ends the body introduces nothing: its section was furniture ("More stories", "Tags").
  while (paragraphs.length > 1 && paragraphs[paragraphs.length - 1]!.startsWith(HEADING_MARK)) paragraphs.pop();
  return paragraphs
    .map((paragraph) => (paragraph.startsWith(HEADING_MARK) ? paragraph.slice(HEADING_MARK.length).trim() : paragraph))
    .filter(Boolean)
    .join('\n\n');
}

function repeatsTitle(heading: PageElement, titleKey: string): boolean {
  const text = comparable(plainText(heading));
  return text.length > 0 && titleKey.includes(text);
}

function plainText(element: PageElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : plainText(child);
  return text;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
