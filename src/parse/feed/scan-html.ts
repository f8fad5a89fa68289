/**
 * @module parse/feed/scan-html
 * `feedHtmlToText`'s one-pass scanner: reads ordinary markup by htmlparser2's rules for tags,
 * attributes, implied end tags and comments, and gives up (null) on anything it does not model.
 */
import { decodeHTML } from 'entities';
import { BLOCK, OPEN_IMPLIES_CLOSE, UNMODELLED_ELEMENTS, VOID_ELEMENTS } from './html-element-rules.js';
import { PARAGRAPH_BREAK, paragraphsOf } from './paragraphs-of.js';

/** The scanner: null as soon as it meets something it does not model. */
export function scanHtml(html: string): string | null {
  const stack: string[] = [];
  let text = '';
  let position = 0;
  const close = (name: string) => {
    if (BLOCK.has(name)) text += PARAGRAPH_BREAK;
    else if (name === 'td' || name === 'th') text += ' ';
  };
  for (;;) {
    const open = html.indexOf('<', position);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > position) {
      const segment = html.slice(position, textEnd);
      text += segment.includes('&') ? decodeHTML(segment) : segment;
    }
    if (open < 0) break;
    const next = html.charCodeAt(open + 1);
    if (isAsciiLetter(next)) {
      let nameEnd = open + 2;
      while (nameEnd < html.length && !isEndOfTagSection(html.charCodeAt(nameEnd))) nameEnd += 1;
      const name = html.slice(open + 1, nameEnd).toLowerCase();
      const end = startTagEnd(html, nameEnd);
      if (end < 0 || UNMODELLED_ELEMENTS.has(name)) return null;
      const implied = OPEN_IMPLIES_CLOSE.get(name);
      if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) close(stack.pop()!);
      if (BLOCK.has(name)) text += PARAGRAPH_BREAK;
      if (VOID_ELEMENTS.has(name)) close(name);
      else stack.push(name);
      position = end + 1;
    } else if (next === 0x2f && isAsciiLetter(html.charCodeAt(open + 2))) {
      let nameEnd = open + 3;
      while (nameEnd < html.length && !isWhitespace(html.charCodeAt(nameEnd)) && html.charCodeAt(nameEnd) !== 0x3e)
        nameEnd += 1;
      const name = html.slice(open + 2, nameEnd).toLowerCase();
      const end = html.indexOf('>', nameEnd);
      if (end < 0 || UNMODELLED_ELEMENTS.has(name)) return null;
      if (!VOID_ELEMENTS.has(name)) {
        const index = stack.lastIndexOf(name);
        if (index >= 0) while (stack.length > index) close(stack.pop()!);
        // htmlparser2 reads a stray </p> as an empty paragraph, and </br> as <br>.
        else if (name === 'p') text += PARAGRAPH_BREAK + PARAGRAPH_BREAK;
      } else if (name === 'br') text += PARAGRAPH_BREAK + PARAGRAPH_BREAK;
      position = end + 1;
    } else if (
      html.startsWith('<!--', open) &&
      html.charCodeAt(open + 4) !== 0x3e &&
      !html.startsWith('->', open + 4)
    ) {
      const end = html.indexOf('-->', open + 4);
      if (end < 0) return null;
      position = end + 3;
    } else {
      return null;
    }
  }
  while (stack.length > 0) close(stack.pop()!);
  return paragraphsOf(text);
}

/**
 * The `>` ending a start tag whose attributes begin at `from`, following htmlparser2's attribute
 * states (so a `>` inside a quoted value does not end it); -1 when the text ends first.
 */
function startTagEnd(html: string, from: number): number {
  let index = from;
  while (index < html.length) {
    const code = html.charCodeAt(index);
    if (code === 0x3e) return index;
    if (code === 0x2f || isWhitespace(code)) {
      index += 1;
      continue;
    }
    // An attribute name runs to `=`, whitespace, `/` or `>`.
    while (index < html.length && html.charCodeAt(index) !== 0x3d && !isEndOfTagSection(html.charCodeAt(index)))
      index += 1;
    let after = index;
    while (after < html.length && isWhitespace(html.charCodeAt(after))) after += 1;
    if (html.charCodeAt(after) !== 0x3d) {
      index = after;
      continue;
    }
    after += 1;
    while (after < html.length && isWhitespace(html.charCodeAt(after))) after += 1;
    const quote = html.charCodeAt(after);
    if (quote === 0x22 || quote === 0x27) {
      const quoteEnd = html.indexOf(quote === 0x22 ? '"' : "'", after + 1);
      if (quoteEnd < 0) return -1;
      index = quoteEnd + 1;
    } else {
      index = after;
      while (index < html.length && !isWhitespace(html.charCodeAt(index)) && html.charCodeAt(index) !== 0x3e)
        index += 1;
    }
  }
  return -1;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

function isEndOfTagSection(code: number): boolean {
  return code === 0x2f || code === 0x3e || isWhitespace(code);
}
