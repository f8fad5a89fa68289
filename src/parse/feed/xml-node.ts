/**
 * @module parse/feed/xml-node
 * Small readers over fast-xml-parser's object tree: children, attributes, decoded text and markup.
 */
import { decodeHTML } from 'entities';
import { htmlToText } from '../../extract/html-to-text.js';

/** A node in the parsed tree: a string for a bare text element, an object otherwise. */
export type XmlNode = string | Record<string, unknown>;

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
/** A real tag, as opposed to a stray `<` in text such as "x<y". */
const LOOKS_LIKE_TAG = /<\/?[a-z][\w:-]*(\s[^<>]*)?\/?>/i;
const LOOKS_LIKE_ENTITY = /&(#\d+|#x[\da-f]+|[a-z][\w]*);/i;

/** `value` as an array: [] for undefined, itself if already an array, else a one-item array. */
export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first child element called `name`, or null. */
export function child(node: unknown, name: string): XmlNode | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null ? null : (first as XmlNode);
}

/** Every child element called `name`. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  return asArray((node as Record<string, unknown>)[name] as XmlNode | XmlNode[] | undefined);
}

/** An attribute's decoded value, or null. */
export function attributeOf(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' ? decodeHTML(value) : null;
}

/**
 * The element's content as HTML: CDATA sections are kept literally, escaped text is decoded once,
 * and inline markup (Atom `type="xhtml"`, or raw tags in a description) is passed through.
 */
export function markupOf(node: XmlNode | null): string {
  const raw = rawOf(node);
  if (raw === '') return '';
  if (isBase64(node)) return Buffer.from(raw.replace(CDATA_SECTION, '$1'), 'base64').toString('utf8');
  const type = attributeOf(node, 'type');
  const outsideCdata = raw.replace(CDATA_SECTION, '');
  const inlineMarkup = type === 'xhtml' || LOOKS_LIKE_TAG.test(outsideCdata);
  let html = '';
  let last = 0;
  for (const match of raw.matchAll(CDATA_SECTION)) {
    const before = raw.slice(last, match.index);
    html += inlineMarkup ? before : decodeHTML(before);
    html += match[1];
    last = match.index + match[0].length;
  }
  const rest = raw.slice(last);
  return html + (inlineMarkup ? rest : decodeHTML(rest));
}

/**
 * The element's content as one line of plain text: decoded, tags removed when it holds markup
 * (a feed title may carry `<b>`), whitespace collapsed. '' when absent.
 */
export function textOf(node: XmlNode | null): string {
  const markup = markupOf(node);
  const type = attributeOf(node, 'type');
  const isMarkup = type !== 'text' && (type === 'html' || type === 'xhtml' || type === 'text/html' || LOOKS_LIKE_TAG.test(markup) || LOOKS_LIKE_ENTITY.test(markup));
  const text = isMarkup ? htmlToText(markup) : markup;
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Atom 0.3 `mode="base64"`, and Atom 1.0 content whose type is neither text, HTML nor XML
 * (RFC 4287 §4.1.3.3: such content is base64).
 */
function isBase64(node: XmlNode | null): boolean {
  if (attributeOf(node, 'mode') === 'base64') return true;
  const type = attributeOf(node, 'type')?.toLowerCase();
  if (!type || type === 'text' || type === 'html' || type === 'xhtml') return false;
  return type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type);
}

/** Plain text, or null when empty. */
export function optionalText(node: XmlNode | null): string | null {
  const text = textOf(node);
  return text === '' ? null : text;
}

function rawOf(node: XmlNode | null): string {
  if (node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node !== 'object') return String(node);
  const text = node['#text'];
  const cdata = node['#cdata'];
  const cdataText = asArray(cdata as string | string[] | undefined).map((part) => `<![CDATA[${part}]]>`).join('');
  return `${typeof text === 'string' || typeof text === 'number' ? String(text) : ''}${cdataText}`;
}
