/**
 * @module sources/platforms/platform-urls
 * The platform registry's URL table: one entry per community platform, keyed by the ids in
 * model/platform.ts, so a platform added there is a compile error here until it has its entry.
 */
import type { CommunityPlatform } from '../../model/index.js';
import { blueskyUrls } from './bluesky-urls.js';
import { commentsUrls } from './comments-urls.js';
import type { CommunityUrls, InstanceProbe } from './community-urls.js';
import { discourseUrls } from './discourse-urls.js';
import { forumUrls } from './forum-urls.js';
import { hackerNewsUrls } from './hackernews-urls.js';
import { mastodonUrls } from './mastodon-urls.js';
import { redditUrls } from './reddit-urls.js';

/**
 * Every community platform's URLs, in the order a URL is tried: the platforms told by their hosts
 * first, then those on any host, which a source must name; forum threads and comment sections last,
 * since any page can be one.
 */
export const PLATFORM_URLS = {
  reddit: redditUrls,
  hackernews: hackerNewsUrls,
  bluesky: blueskyUrls,
  mastodon: mastodonUrls,
  discourse: discourseUrls,
  forum: forumUrls,
  comments: commentsUrls,
} as const satisfies { [P in CommunityPlatform]: CommunityUrls<{ platform: P }> };

/** The platforms a site on any host can be probed for, in PLATFORM_URLS' order, each with its probe. */
export const INSTANCE_PROBES: ReadonlyArray<InstanceProbe & { platform: CommunityPlatform }> = Object.entries(
  PLATFORM_URLS,
).flatMap(([platform, urls]: [string, CommunityUrls<{ platform: CommunityPlatform }>]) =>
  urls.probe ? [{ platform: platform as CommunityPlatform, ...urls.probe }] : [],
);
