/**
 * @module extract/html-to-text
 * Turns an HTML fragment (feed content, a comment body, a post) into cleaned plain text:
 * block elements become paragraphs separated by a blank line, scripts and styles vanish,
 * entities are decoded, runs of whitespace collapse.
 */
import { parseHTML } from 'linkedom';

/**
 * Elements whose content is never text a reader sees. Embeds (IFRAME, OBJECT, APPLET, EMBED) are not
 * here: the element goes but its fallback content stays, since fallback text is what a reader without
 * the embed is meant to see (feedparser's sanitizer keeps it too).
 */
export const DROPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/** Elements that end a paragraph (HTML's block-level flow content, plus line breaks). */
export const BLOCK_ELEMENTS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'DL',
  'DT',
  'DD',
  'MAIN',
  'NAV',
  'FORM',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Plain text of an HTML fragment. Returns '' for empty or markup-only input.
 * Paragraphs are separated by "\n\n"; whitespace inside a paragraph collapses to one space.
 */
export function htmlToText(html: string): string {
  if (!html || !/[<&]/.test(html)) return normaliseParagraphs(html ?? '');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  walk(document.body as unknown as MinimalNode, parts);
  return normaliseParagraphs(parts.join(''));
}

/**
 * Depth-first over the tree with an explicit stack, so a page nested ten thousand elements deep
 * cannot exhaust the call stack. A string on the stack is output to emit after an element's children.
 */
function walk(root: MinimalNode, parts: string[]): void {
  const stack: Array<MinimalNode | string> = [];
  const pushChildren = (node: MinimalNode) => {
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) stack.push(node.childNodes[index]!);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      parts.push(item.textContent ?? '');
    } else if (item.nodeType === ELEMENT_NODE) {
      const name = item.nodeName.toUpperCase();
      if (DROPPED_ELEMENTS.has(name)) continue;
      const isBlock = BLOCK_ELEMENTS.has(name);
      if (isBlock) {
        parts.push('\n\n');
        stack.push('\n\n');
      } else if (name === 'TD' || name === 'TH') stack.push(' ');
      pushChildren(item);
    }
  }
}

/** Collapses whitespace within paragraphs and keeps single blank lines between them. */
export function normaliseParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}
