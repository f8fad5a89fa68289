/**
 * @module parse/community
 * Readers for community platforms' payloads, tried before the feed and article readers.
 */
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
 * Every community parser, most specific first. JSON readers come first (each checks a shape no
 * other platform shares), then the WordPress comment feed (which must beat the generic RSS reader),
 * then the HTML readers: forum engines before the looser comment-section markup.
 */
export const communityParsers: PayloadParser[] = [
  redditThreadParser,
  redditListingParser,
  redditMoreChildrenParser,
  hnAlgoliaSearchParser,
  hnAlgoliaItemParser,
  hnItemParser,
  blueskyThreadParser,
  blueskyPostsParser,
  mastodonContextParser,
  mastodonTimelineParser,
  mastodonStatusParser,
  discourseTopicParser,
  discoursePostsParser,
  wordpressCommentFeedParser,
  forumThreadParser,
  commentHtmlParser,
];

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
