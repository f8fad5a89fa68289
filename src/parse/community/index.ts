/**
 * @module parse/community
 * Readers for community platforms' payloads, tried before the feed and article readers; the
 * platform registry's parser table.
 */
import type { CommunityPlatform } from '../../model/index.js';
import type { PayloadParser } from '../payload-parser.js';
import { blueskyPostsParser } from './bluesky/bluesky-posts-parser.js';
import { blueskyThreadParser } from './bluesky/bluesky-thread-parser.js';
import { commentHtmlParser } from './comments/comment-html-parser.js';
import { wordpressCommentFeedParser } from './comments/wordpress-comment-feed-parser.js';
import { discoursePostsParser } from './discourse/discourse-posts-parser.js';
import { discourseTopicParser } from './discourse/discourse-topic-parser.js';
import { forumThreadParser } from './forum/forum-thread-parser.js';
import { hnAlgoliaItemParser } from './hackernews/hn-algolia-item-parser.js';
import { hnAlgoliaSearchParser } from './hackernews/hn-algolia-search-parser.js';
import { hnItemParser } from './hackernews/hn-item-parser.js';
import { mastodonContextParser } from './mastodon/mastodon-context-parser.js';
import { mastodonStatusParser } from './mastodon/mastodon-status-parser.js';
import { mastodonTimelineParser } from './mastodon/mastodon-timeline-parser.js';
import { redditListingParser } from './reddit/reddit-listing-parser.js';
import { redditMoreChildrenParser } from './reddit/reddit-more-children-parser.js';
import { redditThreadParser } from './reddit/reddit-thread-parser.js';

/**
 * What a platform's parsers read, in the order the tiers are tried: JSON first (each JSON reader
 * checks a shape no other platform shares), then feeds (a comment feed must beat the generic RSS
 * reader), then HTML pages (forum engines before the looser comment-section markup).
 */
export interface PlatformParsers {
  json?: readonly PayloadParser[];
  feed?: readonly PayloadParser[];
  html?: readonly PayloadParser[];
}

/** The order the tiers of PlatformParsers are tried in. */
const TIERS = ['json', 'feed', 'html'] as const satisfies readonly (keyof PlatformParsers)[];

/**
 * Each community platform's parsers, keyed by the ids in model/platform.ts: a platform added there
 * is a compile error here until it has its entry. Within a tier, platforms are tried in this order
 * and each platform's parsers most specific first.
 */
export const COMMUNITY_PARSERS: { readonly [P in CommunityPlatform]: PlatformParsers } = {
  reddit: { json: [redditThreadParser, redditListingParser, redditMoreChildrenParser] },
  hackernews: { json: [hnAlgoliaSearchParser, hnAlgoliaItemParser, hnItemParser] },
  bluesky: { json: [blueskyThreadParser, blueskyPostsParser] },
  mastodon: { json: [mastodonContextParser, mastodonTimelineParser, mastodonStatusParser] },
  discourse: { json: [discourseTopicParser, discoursePostsParser] },
  forum: { html: [forumThreadParser] },
  comments: { feed: [wordpressCommentFeedParser], html: [commentHtmlParser] },
};

/** Every community parser, most specific first: COMMUNITY_PARSERS tier by tier, platforms in order within each. */
export const communityParsers: PayloadParser[] = TIERS.flatMap((tier) =>
  Object.values(COMMUNITY_PARSERS).flatMap((parsers) => parsers[tier] ?? []),
);

/** Each community parser's format id and the platform it reads. */
const PLATFORM_BY_FORMAT: ReadonlyMap<string, CommunityPlatform> = new Map(
  (Object.entries(COMMUNITY_PARSERS) as [CommunityPlatform, PlatformParsers][]).flatMap(([platform, parsers]) =>
    TIERS.flatMap((tier) => (parsers[tier] ?? []).map((parser) => [parser.format, platform] as const)),
  ),
);

/** The community platform whose parser has this format id (`reddit-listing` → `reddit`), else null (feeds, pages). */
export function platformOfFormat(format: string): CommunityPlatform | null {
  return PLATFORM_BY_FORMAT.get(format) ?? null;
}

export {
  blueskyPostsParser,
  blueskyThreadParser,
  commentHtmlParser,
  discoursePostsParser,
  discourseTopicParser,
  forumThreadParser,
  hnAlgoliaItemParser,
  hnAlgoliaSearchParser,
  hnItemParser,
  mastodonContextParser,
  mastodonStatusParser,
  mastodonTimelineParser,
  redditListingParser,
  redditMoreChildrenParser,
  redditThreadParser,
  wordpressCommentFeedParser,
};
