/**
 * @module parse/community/mastodon/mastodon-status-record
 * Recognises a Mastodon Status entity and turns it into a ParsedRecord.
 */
import { htmlToText } from '../../../extract/html-to-text.js';
import type { ParsedRecord } from '../../../model/index.js';
import { communityRecord } from '../shared/community-record.js';
import { hostOf } from '../shared/host-of.js';
import { isJsonObject, numberOf, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isoFromDateString } from '../shared/to-iso-date.js';

/** True for what looks like a Status: an `account` object, HTML `content`, `created_at` and a `uri` or `url`. */
export function looksLikeStatus(value: unknown): value is JsonObject {
  return (
    isJsonObject(value) &&
    isJsonObject(value.account) &&
    typeof value.content === 'string' &&
    'created_at' in value &&
    ('uri' in value || 'url' in value)
  );
}

/**
 * The status a record is made from: the boosted status for a reblog, else the status itself.
 * Throws ParseError `malformed` (prefixed `format`, naming `where`) when it lacks `id` or `uri`.
 */
export function originalStatus(status: JsonObject, format: string, where: string): JsonObject {
  const original = objectOf(status.reblog) ?? status;
  if (!stringOf(original.id) || !stringOf(original.uri))
    throw malformed(format, `${where} is a Status without "id" or "uri"`);
  return original;
}

/**
 * The record for a Status (already unwrapped from any reblog). externalId is the ActivityPub
 * `uri`, the same on every instance; url is the HTML `url`. The venue is the host of the author's
 * account URL (their home instance); the author is `user@instance`. A content warning
 * (`spoiler_text`) becomes the first paragraph of the text.
 */
export function mastodonStatusRecord(
  status: JsonObject,
  place: { threadExternalId: string | null; parentExternalId: string | null },
): ParsedRecord {
  const account = objectOf(status.account) ?? {};
  const venue = hostOf(stringOf(account.url));
  const acct = stringOf(account.acct) ?? stringOf(account.username);
  const spoiler = stringOf(status.spoiler_text);
  const body = htmlToText(stringOf(status.content) ?? '');
  return communityRecord({
    externalId: status.uri as string,
    platform: 'mastodon',
    url: stringOf(status.url) ?? (status.uri as string),
    author: acct && !acct.includes('@') && venue ? `${acct}@${venue}` : acct,
    publishedAt: isoFromDateString(status.created_at),
    text: spoiler ? `${spoiler}\n\n${body}`.trim() : body,
    ...place,
    engagement: {
      likes: numberOf(status.favourites_count),
      reposts: numberOf(status.reblogs_count),
      replies: numberOf(status.replies_count),
    },
    language: stringOf(status.language),
    venue,
  });
}
