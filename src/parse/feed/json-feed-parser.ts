/**
 * @module parse/feed/json-feed-parser
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) into records, one per item.
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../payload-parser.js';
import { ParseError } from '../payload-parser.js';
import { resolveUrl, type FeedItemFields } from './build-feed-record.js';
import { readItems } from './read-feed-tree.js';

/** The `version` URL prefix every JSON Feed declares (1.0 and 1.1). */
const JSON_FEED_VERSION_PREFIX = 'https://jsonfeed.org/version/';

type JsonObject = Record<string, unknown>;

/** The JSON Feed reader (format id `json-feed`, platform `feed`); claims objects whose `version` is a jsonfeed.org URL. */
export const jsonFeedParser: PayloadParser = {
  format: 'json-feed',
  detect(payload: DecodedPayload): boolean {
    const version = isObject(payload.json) ? payload.json.version : undefined;
    return typeof version === 'string' && version.replace(/^http:/, 'https:').startsWith(JSON_FEED_VERSION_PREFIX);
  },
  parse(payload: DecodedPayload): ParseResult {
    const feed = payload.json;
    if (!isObject(feed)) throw new ParseError('malformed', 'json-feed: payload is not a JSON object');
    if (feed.items !== undefined && !Array.isArray(feed.items))
      throw new ParseError('malformed', 'json-feed: `items` is not an array');
    const warnings: string[] = [];
    const title = stringOf(feed.title);
    const baseUrl = resolveUrl(stringOf(feed.home_page_url), payload.url) ?? payload.url;
    const feedAuthor = authorsOf(feed);
    const context = { venue: title, language: stringOf(feed.language), baseUrl };
    const items = (feed.items as unknown[] | undefined) ?? [];
    const records = readItems(items, (item) => readItem(item, feedAuthor), context, warnings);
    return { format: 'json-feed', title, records, warnings };
  },
};

function readItem(item: unknown, feedAuthor: string | null): FeedItemFields {
  if (!isObject(item)) throw new Error('item is not an object');
  const id = item.id;
  const html = stringOf(item.content_html) ?? escapeText(stringOf(item.content_text)) ?? stringOf(item.summary) ?? '';
  return {
    // JSON Feed 1.0 allowed numeric ids; 1.1 says they are strings.
    id: typeof id === 'number' ? String(id) : stringOf(id),
    link: stringOf(item.url) ?? stringOf(item.external_url),
    title: stringOf(item.title),
    author: authorsOf(item) ?? feedAuthor,
    date: stringOf(item.date_published) ?? stringOf(item.date_modified),
    html,
    language: stringOf(item.language),
    source: () => JSON.stringify(item),
  };
}

/** Names from 1.1's `authors` array or 1.0's `author` object, joined; null when none. */
function authorsOf(node: JsonObject): string | null {
  const authors = Array.isArray(node.authors) ? node.authors : node.author ? [node.author] : [];
  const names = authors
    .map((author) => (isObject(author) ? stringOf(author.name) : null))
    .filter((name): name is string => !!name);
  return names.length > 0 ? names.join(', ') : null;
}

/** content_text is plain text: escape it so htmlToText keeps it verbatim, and keep its paragraph breaks. */
function escapeText(text: string | null): string | null {
  if (text === null) return null;
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return escaped
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
