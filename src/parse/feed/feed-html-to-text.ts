/**
 * @module parse/feed/feed-html-to-text
 * `htmlToText` for feed content, fast: plain and escaped text is decoded directly, and ordinary
 * markup is read by a one-pass scanner that follows htmlparser2's rules (the parser behind
 * `htmlToText`'s DOM) for tags, attributes, implied end tags and comments. Anything the scanner
 * does not model (scripts, styles, SVG, CDATA, declarations, stray `<`) goes to `htmlToText`.
 */
import { decodeHTML } from 'entities';
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, htmlToText } from '../../extract/html-to-text.js';

/**
 * Elements the scanner leaves to `htmlToText`: the dropped ones, htmlparser2's raw-text elements
 * (script, style, title, textarea, xmp: their content is not markup), foreign content (svg, math,
 * whose self-closing rules differ) and document structure (html, head, body, which move content
 * out of the body).
 */
const UNMODELLED_ELEMENTS = new Set([
  ...[...DROPPED_ELEMENTS].map((name) => name.toLowerCase()),
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'svg',
  'math',
  'html',
  'head',
  'body',
]);

const BLOCK = new Set([...BLOCK_ELEMENTS].map((name) => name.toLowerCase()));

/** htmlparser2's void elements (Parser.ts `voidElements`): opened and closed at once. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P_ONLY = new Set(['p']);
const FORM_ELEMENTS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's `openImpliesClose`: opening the key closes an open element of these names on top of the stack. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['select', FORM_ELEMENTS],
  ['input', FORM_ELEMENTS],
  ['output', FORM_ELEMENTS],
  ['button', FORM_ELEMENTS],
  ['datalist', FORM_ELEMENTS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name): [string, Set<string>] => [name, P_ONLY]),
]);

const PARAGRAPH_BREAK = '\n\n';

/** The same text `htmlToText(html)` gives, usually without building a DOM. */
export function feedHtmlToText(html: string): string {
  if (!html.includes('<')) return paragraphsOf(html.includes('&') ? decodeHTML(html) : html);
  return scanHtml(html) ?? htmlToText(html);
}

/**
 * What `normaliseParagraphs` gives, in one pass and about twice as fast: a whitespace run holding
 * two or more line breaks (CRLF counting as one) separates paragraphs, any other run is one space,
 * and whitespace at either end goes. Whitespace is JavaScript's `\s`.
 */
export function paragraphsOf(text: string): string {
  let result = '';
  let index = 0;
  // -1 before the first word; then 0 after a word, 1 for a pending space, 2 for a pending paragraph break.
  let pending = -1;
  while (index < text.length) {
    let code = text.charCodeAt(index);
    if (isJsWhitespace(code)) {
      let breaks = 0;
      let afterCarriageReturn = false;
      while (index < text.length && isJsWhitespace((code = text.charCodeAt(index)))) {
        if (code === 0x0a) breaks += afterCarriageReturn ? 0 : 1;
        else if (code === 0x0d) breaks += 1;
        afterCarriageReturn = code === 0x0d;
        index += 1;
      }
      if (pending !== -1) pending = breaks >= 2 ? 2 : 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length && !isJsWhitespace(text.charCodeAt(end))) end += 1;
    if (pending === 1) result += ' ';
    else if (pending === 2) result += PARAGRAPH_BREAK;
    result += text.slice(index, end);
    pending = 0;
    index = end;
  }
  return result;
}

/** JavaScript's `\s`: ASCII tab to carriage return and space, no-break space, the Unicode space separators, line and paragraph separators, and the BOM. */
function isJsWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The scanner: null as soon as it meets something it does not model. */
function scanHtml(html: string): string | null {
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
