/**
 * @module parse/community/reddit/reddit-thing-record
 * Turns one Reddit thing (t3 submission or t1 comment) into a ParsedRecord.
 */
import type { ParsedRecord } from '../../../model/index.js';
import { communityRecord } from '../shared/community-record.js';
import { numberOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { isoFromUnixSeconds } from '../shared/to-iso-date.js';
import { cleanMarkdown } from './clean-markdown.js';

/** Reddit's web origin, where permalinks (given as paths) live. */
export const REDDIT_ORIGIN = 'https://www.reddit.com';

/** Bodies Reddit shows in place of a comment that its author deleted or a moderator removed. */
const GONE_BODIES = new Set(['[deleted]', '[removed]']);

/** True when a comment's body or a submission's selftext only says it was deleted or removed. */
export function isGoneText(text: unknown): boolean {
  return typeof text === 'string' && GONE_BODIES.has(text.trim());
}

/** Where a thing sits in its thread, when the caller knows better than the thing's own fields. */
export interface ThreadPlace {
  threadExternalId: string | null;
  parentExternalId: string | null;
}

/**
 * The record for a t3 (`kind === 't3'`) or t1 `data` object. A submission is a root unless
 * `place` says otherwise; a comment's thread is its `link_id` and its parent its `parent_id`
 * unless `place` overrides them (a thread parser re-attaches replies of deleted comments).
 * Returns null when the thing has no `name`/`id` to identify it.
 */
export function redditThingRecord(kind: 't1' | 't3', data: JsonObject, place?: ThreadPlace): ParsedRecord | null {
  const id = stringOf(data.id);
  const externalId = stringOf(data.name) ?? (id ? `${kind}_${id}` : null);
  if (!externalId) return null;
  const subreddit = stringOf(data.subreddit);
  const isComment = kind === 't1';
  const body = stringOf(isComment ? data.body : data.selftext) ?? '';
  const author = stringOf(data.author);
  return communityRecord({
    externalId,
    platform: 'reddit',
    url: permalinkOf(kind, data, subreddit, id),
    title: isComment ? null : stringOf(data.title),
    author: author === '[deleted]' ? null : author,
    publishedAt: isoFromUnixSeconds(data.created_utc),
    text: isGoneText(body) ? '' : cleanMarkdown(body),
    threadExternalId: place ? place.threadExternalId : isComment ? stringOf(data.link_id) : null,
    parentExternalId: place ? place.parentExternalId : isComment ? stringOf(data.parent_id) : null,
    engagement: {
      // Reddit sends a placeholder score while `score_hidden` is set; it is not the real count.
      score: data.score_hidden === true ? undefined : numberOf(data.score),
      replies: isComment ? undefined : numberOf(data.num_comments),
    },
    venue: stringOf(data.subreddit_name_prefixed) ?? (subreddit ? `r/${subreddit}` : null),
  });
}

/** The absolute permalink: `permalink` when given, else built from subreddit, link id and comment id. */
function permalinkOf(kind: 't1' | 't3', data: JsonObject, subreddit: string | null, id: string | null): string | null {
  const permalink = stringOf(data.permalink);
  if (permalink) return new URL(permalink, REDDIT_ORIGIN).href;
  if (!subreddit || !id) return null;
  if (kind === 't3') return `${REDDIT_ORIGIN}/r/${subreddit}/comments/${id}/`;
  const linkId = stringOf(data.link_id)?.replace(/^t3_/, '');
  return linkId ? `${REDDIT_ORIGIN}/r/${subreddit}/comments/${linkId}/_/${id}/` : null;
}
