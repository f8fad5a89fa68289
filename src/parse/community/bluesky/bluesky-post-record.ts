/**
 * @module parse/community/bluesky/bluesky-post-record
 * Turns one Bluesky PostView (`app.bsky.feed.defs#postView`) into a ParsedRecord.
 */
import type { ParsedRecord } from '../../../model/index.js';
import { communityRecord } from '../shared/community-record.js';
import { arrayOf, isJsonObject, numberOf, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { isoFromDateString } from '../shared/to-iso-date.js';

/** The venue of every Bluesky record. */
export const BLUESKY_VENUE = 'Bluesky';

/** The handle the AppView shows when an account's handle no longer resolves. */
const INVALID_HANDLE = 'handle.invalid';

/** True for a PostView: an `at://` uri, an author object and a record object. */
export function isPostView(value: unknown): value is JsonObject {
  return (
    isJsonObject(value) &&
    typeof value.uri === 'string' &&
    value.uri.startsWith('at://') &&
    isJsonObject(value.author) &&
    isJsonObject(value.record)
  );
}

/** The web permalink `https://bsky.app/profile/<handle or did>/post/<rkey>`, or null for a malformed uri. */
export function blueskyPermalink(uri: string, handle: string | null): string | null {
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(uri);
  if (!match) return null;
  const actor = handle && handle !== INVALID_HANDLE ? handle : match[1]!;
  return `https://bsky.app/profile/${actor}/post/${match[2]}`;
}

/**
 * The record for a PostView: externalId is its `at://` uri; a reply's thread is
 * `record.reply.root.uri` and its parent `record.reply.parent.uri` (null for a root); the author
 * is the handle (display name when there is no valid handle); language is the first of `langs`.
 */
export function blueskyPostRecord(post: JsonObject): ParsedRecord {
  const uri = post.uri as string;
  const author = objectOf(post.author)!;
  const record = objectOf(post.record)!;
  const reply = objectOf(record.reply);
  const handle = stringOf(author.handle);
  const rootUri = stringOf(objectOf(reply?.root)?.uri);
  const parentUri = stringOf(objectOf(reply?.parent)?.uri);
  return communityRecord({
    externalId: uri,
    platform: 'bluesky',
    url: blueskyPermalink(uri, handle),
    author: handle && handle !== INVALID_HANDLE ? handle : (stringOf(author.displayName) ?? stringOf(author.did)),
    publishedAt: isoFromDateString(record.createdAt) ?? isoFromDateString(post.indexedAt),
    text: (stringOf(record.text) ?? '').trim(),
    threadExternalId: reply ? (rootUri ?? parentUri) : null,
    parentExternalId: reply ? (parentUri ?? rootUri) : null,
    engagement: {
      likes: numberOf(post.likeCount),
      reposts: numberOf(post.repostCount),
      replies: numberOf(post.replyCount),
    },
    language: stringOf(arrayOf(record.langs)[0]),
    venue: BLUESKY_VENUE,
  });
}
