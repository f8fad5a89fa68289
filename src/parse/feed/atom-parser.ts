/**
 * @module parse/feed/atom-parser
 * Reads Atom 0.3 and Atom 1.0 feeds into records, one per entry.
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../payload-parser.js';
import { ParseError } from '../payload-parser.js';
import { resolveUrl, type FeedItemFields } from './build-feed-record.js';
import { readFeedTree, readItems } from './read-feed-tree.js';
import { rootElementName } from './root-element-name.js';
import { attributeOf, child, children, markupOf, optionalText } from './xml-node.js';

const FEED_ROOT = /(^|:)feed$/;

/** Date elements in order of preference: Atom 1.0 first, then Atom 0.3's names. */
const DATE_ELEMENTS = ['published', 'updated', 'issued', 'modified', 'created'];

/** The Atom reader (format id `atom`, platform `feed`); claims documents whose root is `<feed>`. */
export const atomParser: PayloadParser = {
  format: 'atom',
  detect(payload: DecodedPayload): boolean {
    const root = rootElementName(payload.text);
    return root !== null && FEED_ROOT.test(root);
  },
  parse(payload: DecodedPayload): ParseResult {
    const tree = readFeedTree(payload, 'atom');
    const rootName = Object.keys(tree).find((key) => FEED_ROOT.test(key));
    const feed = rootName === undefined ? null : tree[rootName] || {};
    if (!feed || typeof feed !== 'object') throw new ParseError('malformed', 'atom: no <feed> element');
    const prefix = rootName!.includes(':') ? `${rootName!.split(':')[0]}:` : '';
    const warnings: string[] = [];
    const xmlBase = resolveUrl(attributeOf(feed, 'xml:base'), payload.url);
    const base = xmlBase ?? payload.url;
    const feedLink = alternateLink(feed, prefix, base);
    const title = optionalText(child(feed, `${prefix}title`));
    const feedAuthor = authorName(feed, prefix);
    const context = { venue: title, language: attributeOf(feed, 'xml:lang'), baseUrl: xmlBase ?? feedLink ?? base };
    const entries = children(feed, `${prefix}entry`);
    const records = readItems(entries, (entry) => readEntry(entry, prefix, context.baseUrl, feedAuthor), context, warnings);
    return { format: 'atom', title, records, warnings };
  },
};

function readEntry(entry: unknown, prefix: string, baseUrl: string | null, feedAuthor: string | null): FeedItemFields {
  const entryBase = resolveUrl(attributeOf(entry, 'xml:base'), baseUrl) ?? baseUrl;
  const content = child(entry, `${prefix}content`);
  const html = markupOf(content).trim() || markupOf(child(entry, `${prefix}summary`)).trim();
  const date = DATE_ELEMENTS.map((name) => optionalText(child(entry, `${prefix}${name}`))).find((value) => value) ?? null;
  return {
    id: optionalText(child(entry, `${prefix}id`)),
    link: alternateLink(entry, prefix, entryBase),
    title: optionalText(child(entry, `${prefix}title`)),
    author: authorName(entry, prefix) ?? authorName(child(entry, `${prefix}source`), prefix) ?? feedAuthor,
    date,
    html,
    language: attributeOf(entry, 'xml:lang') ?? attributeOf(content, 'xml:lang'),
  };
}

/** The `rel="alternate"` link (or the first link without rel) resolved against `base`; null when none. */
function alternateLink(node: unknown, prefix: string, base: string | null): string | null {
  const links = children(node, `${prefix}link`);
  const alternate =
    links.find((link) => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate' && attributeOf(link, 'href')) ??
    links.find((link) => attributeOf(link, 'href'));
  const href = attributeOf(alternate, 'href');
  if (!href) return null;
  return resolveUrl(href, resolveUrl(attributeOf(alternate, 'xml:base'), base) ?? base);
}

function authorName(node: unknown, prefix: string): string | null {
  const names = children(node, `${prefix}author`)
    .map((author) => optionalText(child(author, `${prefix}name`)) ?? (typeof author === 'string' ? optionalText(author) : null))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}
