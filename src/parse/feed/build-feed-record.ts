/**
 * @module parse/feed/build-feed-record
 * Turns the fields a feed parser read from one item into a ParsedRecord, filling fallbacks.
 */
import { createHash } from 'node:crypto';
import type { ParsedRecord } from '../../model/index.js';
import { canonicalizeUrl } from '../../extract/canonicalize-url.js';
import { feedHtmlToText } from './feed-html-to-text.js';
import { parseFeedDate } from './parse-feed-date.js';

/** What a feed parser found in one item, before fallbacks. Strings are already entity-decoded. */
export interface FeedItemFields {
  id: string | null;
  /** The item link as written (maybe relative). */
  link: string | null;
  title: string | null;
  author: string | null;
  /** The date as written; parsed here. */
  date: string | null;
  /** The best content as HTML (content:encoded > content > description/summary). */
  html: string;
  language: string | null;
  /** The item as written (its XML, or its JSON), hashed for an id when nothing else identifies it; called only then. */
  source: () => string;
}

/** What the feed as a whole says: its title (the venue), language, and the base for relative links. */
export interface FeedContext {
  venue: string | null;
  language: string | null;
  baseUrl: string | null;
}

/**
 * The record for one item; every item is kept, as feedparser and rss-parser keep them, even one
 * holding only an author or a date. externalId falls back from id to the link to a hash of title
 * and date (of text and date when untitled) and, when the item has none of those, to a hash of the
 * item as written (with a warning).
 */
export function buildFeedRecord(fields: FeedItemFields, context: FeedContext, warnings: string[]): ParsedRecord {
  const url = resolveUrl(fields.link, context.baseUrl);
  const publishedAt = parseFeedDate(fields.date);
  if (fields.date && !publishedAt)
    warnings.push(`unreadable date "${fields.date}" on item "${fields.title ?? url ?? fields.id}"`);
  const text = feedHtmlToText(fields.html);
  let externalId = fields.id ?? url ?? hashId(fields.title, fields.date, text);
  if (!externalId) {
    warnings.push('an item has no id, link, title or content; its id is a hash of the item as written');
    externalId = `sha256:${sha256(fields.source())}`;
  }
  return {
    externalId,
    platform: 'feed',
    url,
    canonicalUrl: url ? canonicalizeUrl(url) : null,
    title: fields.title,
    author: fields.author,
    publishedAt,
    text,
    threadExternalId: null,
    parentExternalId: null,
    engagement: {},
    language: fields.language ?? context.language,
    venue: context.venue,
  };
}

/** `link` resolved against `base`; the link itself when it cannot be resolved; null when empty. */
export function resolveUrl(link: string | null, base: string | null): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return trimmed;
  }
}

/**
 * A stable id from title and date, for items that carry neither id nor link. RSS 2.0 lets an item
 * hold only a description, so the text joins the hash when there is no title.
 */
function hashId(title: string | null, date: string | null, text: string): string | null {
  if (!title && !text) return null;
  const key = title ? `${title}\u0000${date ?? ''}` : `${text}\u0000${date ?? ''}`;
  return `sha256:${sha256(key)}`;
}

/** The first 32 hex digits (128 bits) of the SHA-256 of `text`. */
function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
