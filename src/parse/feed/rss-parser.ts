/**
 * @module parse/feed/rss-parser
 * Reads RSS 0.9x, RSS 1.0 (RDF) and RSS 2.0 feeds into records, one per item.
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../payload-parser.js';
import { ParseError } from '../payload-parser.js';
import { resolveUrl, type FeedItemFields } from './build-feed-record.js';
import { readFeedTree, readItems, refuseEmptyIllFormedFeed } from './read-feed-tree.js';
import { rootElementName } from './root-element-name.js';
import type { XmlElement } from './xml-element.js';
import { attributeOf, child, children, markupOf, optionalText, textOf, type XmlNode } from './xml-node.js';

const RDF_ROOT = /(^|:)RDF$/;
/** `<rss>`, in any case, or with a prefix bound to an RSS namespace (`<r:rss>`, renamed `rss` when read). */
const RSS_ROOT = /(^|:)rss$/i;

/** The RSS reader (format id `rss`, platform `feed`); claims documents whose root is `<rss>` or `<rdf:RDF>`. */
export const rssParser: PayloadParser = {
  format: 'rss',
  detect(payload: DecodedPayload): boolean {
    const root = rootElementName(payload.text);
    return root !== null && (RSS_ROOT.test(root) || RDF_ROOT.test(root));
  },
  parse(payload: DecodedPayload): ParseResult {
    const warnings: string[] = [];
    const tree = readFeedTree(payload, 'rss', warnings);
    const root = tree.children.find((element) => RSS_ROOT.test(element.name) || RDF_ROOT.test(element.name)) ?? null;
    if (!root) throw new ParseError('malformed', 'rss: no <rss> or <rdf:RDF> element');
    const channel = child(root, 'channel');
    const rootBase = resolveUrl(attributeOf(root, 'xml:base'), payload.url) ?? payload.url;
    const channelBase = resolveUrl(attributeOf(channel, 'xml:base'), rootBase) ?? rootBase;
    const feedLink = resolveUrl(textOf(child(channel, 'link')), channelBase);
    const title = optionalText(child(channel, 'title')) ?? optionalText(child(channel, 'dc:title'));
    const context = {
      venue: title,
      language:
        optionalText(child(channel, 'language')) ??
        optionalText(child(channel, 'dc:language')) ??
        attributeOf(root, 'xml:lang'),
      baseUrl:
        attributeOf(channel, 'xml:base') || attributeOf(root, 'xml:base') ? channelBase : (feedLink ?? channelBase),
    };
    // RSS 2.0 nests items in the channel; RSS 0.90 and 1.0 put them beside it.
    const items = [...children(channel, 'item'), ...children(root, 'item')];
    const records = readItems(items, (item) => readRssItem(item, context.baseUrl), context, warnings);
    refuseEmptyIllFormedFeed('rss', records, warnings);
    return { format: 'rss', title, records, warnings };
  },
};

function readRssItem(item: XmlElement, baseUrl: string | null): FeedItemFields {
  const itemBase = resolveUrl(attributeOf(item, 'xml:base'), baseUrl);
  const guid = child(item, 'guid');
  const rdfAbout = attributeOf(item, 'rdf:about');
  const link = optionalText(child(item, 'link')) ?? (isPermaLink(guid) ? optionalText(guid) : null);
  return {
    id: optionalText(guid) ?? rdfAbout,
    link: link ? resolveUrl(link, itemBase) : null,
    // Media RSS's title is the fallback for an item that has no title of its own.
    title:
      optionalText(child(item, 'title')) ??
      optionalText(child(item, 'dc:title')) ??
      optionalText(child(item, 'media:title')),
    author:
      optionalText(child(item, 'dc:creator')) ??
      optionalText(child(item, 'author')) ??
      optionalText(child(item, 'dc:author')) ??
      optionalText(child(item, 'itunes:author')),
    date:
      optionalText(child(item, 'pubDate')) ??
      optionalText(child(item, 'dc:date')) ??
      optionalText(child(item, 'dcterms:modified')),
    // `body` and `xhtml:body` (inline XHTML) and `fullitem` are older ways of carrying the full text.
    html: firstMarkup(item, [
      'content:encoded',
      'content',
      'description',
      'dc:description',
      'body',
      'xhtml:body',
      'fullitem',
      'itunes:summary',
    ]),
    language: optionalText(child(item, 'dc:language')) ?? attributeOf(item, 'xml:lang'),
    source: () => item.source.slice(item.outerStart, item.outerEnd),
  };
}

/** RSS 2.0: a guid is a permalink unless `isPermaLink="false"`. */
function isPermaLink(guid: XmlNode): boolean {
  return guid !== null && attributeOf(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(textOf(guid));
}

function firstMarkup(item: XmlElement, names: string[]): string {
  for (const name of names) {
    const markup = markupOf(child(item, name)).trim();
    if (markup) return markup;
  }
  return '';
}
