/**
 * @module parse/feed/atom-parser
 * Reads Atom 0.3 and Atom 1.0 feeds into records, one per entry.
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../payload-parser.js';
import { ParseError } from '../payload-parser.js';
import { resolveUrl, type FeedItemFields } from './build-feed-record.js';
import { readFeedTree, readItems, refuseEmptyIllFormedFeed } from './read-feed-tree.js';
import { rootElementName } from './root-element-name.js';
import type { XmlElement } from './xml-element.js';
import { attributeOf, child, children, markupOf, optionalText, type XmlNode } from './xml-node.js';

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
    const warnings: string[] = [];
    const tree = readFeedTree(payload, 'atom', warnings);
    const feed = tree.children.find((element) => FEED_ROOT.test(element.name));
    if (!feed) throw new ParseError('malformed', 'atom: no <feed> element');
    const prefix = feed.name.includes(':') ? `${feed.name.split(':')[0]}:` : '';
    const xmlBase = resolveUrl(attributeOf(feed, 'xml:base'), payload.url);
    const base = xmlBase ?? payload.url;
    const feedLink = alternateLink(feed, prefix, base);
    const title = optionalText(child(feed, `${prefix}title`));
    const feedAuthor = authorName(feed, prefix);
    const context = { venue: title, language: attributeOf(feed, 'xml:lang'), baseUrl: xmlBase ?? feedLink ?? base };
    const entries = children(feed, `${prefix}entry`);
    const records = readItems(
      entries,
      (entry) => readEntry(entry, prefix, context.baseUrl, feedAuthor),
      context,
      warnings,
    );
    refuseEmptyIllFormedFeed('atom', records, warnings);
    return { format: 'atom', title, records, warnings };
  },
};

function readEntry(
  entry: XmlElement,
  prefix: string,
  baseUrl: string | null,
  feedAuthor: string | null,
): FeedItemFields {
  const entryBase = resolveUrl(attributeOf(entry, 'xml:base'), baseUrl) ?? baseUrl;
  const content = child(entry, `${prefix}content`);
  const html = markupOf(content).trim() || markupOf(child(entry, `${prefix}summary`)).trim();
  const date =
    DATE_ELEMENTS.map((name) => optionalText(child(entry, `${prefix}${name}`))).find((value) => value) ?? null;
  return {
    id: optionalText(child(entry, `${prefix}id`)),
    link: alternateLink(entry, prefix, entryBase),
    title: optionalText(child(entry, `${prefix}title`)),
    author: authorName(entry, prefix) ?? authorName(child(entry, `${prefix}source`), prefix) ?? feedAuthor,
    date,
    html,
    language: attributeOf(entry, 'xml:lang') ?? attributeOf(content, 'xml:lang'),
    source: () => entry.source.slice(entry.outerStart, entry.outerEnd),
  };
}

/** The `rel="alternate"` link (or the first link without rel) resolved against `base`; null when none. */
function alternateLink(node: XmlNode, prefix: string, base: string | null): string | null {
  const links = children(node, `${prefix}link`);
  const alternate =
    links.find((link) => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate' && attributeOf(link, 'href')) ??
    links.find((link) => attributeOf(link, 'href')) ??
    null;
  const href = attributeOf(alternate, 'href');
  if (!href) return null;
  return resolveUrl(href, resolveUrl(attributeOf(alternate, 'xml:base'), base) ?? base);
}

function authorName(node: XmlNode, prefix: string): string | null {
  const names = children(node, `${prefix}author`)
    .map(
      (author) =>
        optionalText(child(author, `${prefix}name`)) ?? (author.children.length === 0 ? optionalText(author) : null),
    )
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
}
