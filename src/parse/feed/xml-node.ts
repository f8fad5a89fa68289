/**
 * @module parse/feed/xml-node
 * Small readers over `parseFeedXml`'s elements: children, attributes, decoded text and markup.
 */
import { decodeHTML } from 'entities';
import { feedHtmlToText } from './feed-html-to-text.js';
import type { XmlElement } from './xml-element.js';

/** An element, or null where one was looked for and not found; every reader accepts null. */
export type XmlNode = XmlElement | null;

const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';
/** A real tag, as opposed to a stray `<` in text such as "x<y". */
const LOOKS_LIKE_TAG = /<\/?[a-z][\w:-]*(\s[^<>]*)?\/?>/i;
const LOOKS_LIKE_ENTITY = /&(#\d+|#x[\da-f]+|[a-z][\w]*);/i;
const WHITESPACE_RUN = /[\s\u00a0]+/g;

/** The first child element called `name`, or null. */
export function child(node: XmlNode, name: string): XmlNode {
  if (node === null) return null;
  for (const element of node.children) if (element.name === name) return element;
  return null;
}

/** Every child element called `name`. */
export function children(node: XmlNode, name: string): XmlElement[] {
  if (node === null) return [];
  return node.children.filter((element) => element.name === name);
}

/** An attribute's decoded value, or null. */
export function attributeOf(node: XmlNode, name: string): string | null {
  const value = node?.attribute(name);
  if (value === undefined) return null;
  return value.includes('&') ? decodeHTML(value) : value;
}

/**
 * The element's content as HTML: CDATA sections are kept literally, escaped text is decoded once,
 * and inline markup (Atom `type="xhtml"`, or raw tags in a description) is passed through.
 */
export function markupOf(node: XmlNode): string {
  if (node === null) return '';
  // Trimmed, so an element holding only whitespace reads as empty and the next candidate is taken.
  const raw = node.raw().trim();
  if (raw === '') return '';
  if (isBase64(node))
    return Buffer.from(
      cdataSplit(raw)
        .map((part) => part.text)
        .join(''),
      'base64',
    ).toString('utf8');
  // Most content is one of: plain text, escaped HTML, or one CDATA section; none needs the slow path.
  if (!raw.includes('<')) return raw.includes('&') ? decodeHTML(raw) : raw;
  const type = attributeOf(node, 'type');
  const parts = cdataSplit(raw);
  const outsideCdata =
    parts.length === 1
      ? raw
      : parts
          .filter((part) => !part.isCdata)
          .map((part) => part.text)
          .join('');
  const inlineMarkup = type === 'xhtml' || LOOKS_LIKE_TAG.test(outsideCdata);
  return parts.map((part) => (part.isCdata || inlineMarkup ? part.text : decodeHTML(part.text))).join('');
}

/**
 * `raw` cut into text and CDATA sections (their content, literally), with `indexOf` so that many
 * unclosed `<![CDATA[` cost linear time; an unclosed section runs to the end.
 */
function cdataSplit(raw: string): Array<{ text: string; isCdata: boolean }> {
  const parts: Array<{ text: string; isCdata: boolean }> = [];
  let position = 0;
  for (;;) {
    const start = raw.indexOf(CDATA_START, position);
    if (start < 0) break;
    if (start > position) parts.push({ text: raw.slice(position, start), isCdata: false });
    const end = raw.indexOf(CDATA_END, start + CDATA_START.length);
    parts.push({ text: raw.slice(start + CDATA_START.length, end < 0 ? raw.length : end), isCdata: true });
    position = end < 0 ? raw.length : end + CDATA_END.length;
  }
  if (position < raw.length || parts.length === 0) parts.push({ text: raw.slice(position), isCdata: false });
  return parts;
}

/**
 * The element's content as one line of plain text: decoded, tags removed when it holds markup
 * (a feed title may carry `<b>`), whitespace collapsed. '' when absent.
 */
export function textOf(node: XmlNode): string {
  const markup = markupOf(node);
  if (markup === '') return '';
  // Without `<` or `&` there is nothing to decode or strip, whatever the type says.
  if (!markup.includes('<') && !markup.includes('&')) return markup.replace(WHITESPACE_RUN, ' ').trim();
  const type = attributeOf(node, 'type');
  const isMarkup =
    type !== 'text' &&
    (type === 'html' ||
      type === 'xhtml' ||
      type === 'text/html' ||
      LOOKS_LIKE_TAG.test(markup) ||
      LOOKS_LIKE_ENTITY.test(markup));
  const text = isMarkup ? feedHtmlToText(markup) : markup;
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Atom 0.3 `mode="base64"`, and Atom 1.0 content whose type is neither text, HTML nor XML
 * (RFC 4287 §4.1.3.3: such content is base64).
 */
function isBase64(node: XmlElement): boolean {
  if (node.attribute('mode') === 'base64') return true;
  const type = node.attribute('type')?.toLowerCase();
  if (!type || type === 'text' || type === 'html' || type === 'xhtml') return false;
  return type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type);
}

/** Plain text, or null when empty. */
export function optionalText(node: XmlNode): string | null {
  const text = textOf(node);
  return text === '' ? null : text;
}
