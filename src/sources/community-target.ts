/**
 * @module sources/community-target
 * What a community source's URL names (a subreddit, a search, a thread, a post, a tag, a topic),
 * read from its shape alone by the platform's entry in PLATFORM_URLS, so a connector can turn it
 * into API requests. No network.
 */
import type { CommunityPlatform, Platform } from '../model/index.js';
import type { CommunityUrls } from './platforms/community-urls.js';
import { PLATFORM_URLS } from './platforms/platform-urls.js';

type TargetOf<Urls> = Urls extends CommunityUrls<infer Target> ? Target : never;

/** What a connector fetches for a source: one of the platforms' targets (platforms/*-urls.ts). */
export type CommunityTarget = { [P in CommunityPlatform]: TargetOf<(typeof PLATFORM_URLS)[P]> }[CommunityPlatform];

/** The targets of one platform. */
export type PlatformTarget<P extends CommunityPlatform> = Extract<CommunityTarget, { platform: P }>;

/**
 * The target a URL names, or null when it names none a connector knows (an API URL, a feed, a page:
 * those are fetched as they are). The first platform in PLATFORM_URLS whose hosts hold the URL's
 * host, or which `platform` names, reads it. Reddit, Hacker News and Bluesky are told by their
 * hosts; Mastodon and Discourse run on any host, so their shapes count only when `platform` says so
 * (as `sources add` decides by probing); so do forum threads and comment sections, whose target is
 * the page URL. The path must start with the platform's own shape: a site that serves a Reddit-like
 * path under a prefix of its own (the demo corpus) is fetched as it is.
 */
export function communityTargetOf(url: string, platform: Platform | null): CommunityTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const [id, urls] of Object.entries(PLATFORM_URLS) as [CommunityPlatform, CommunityUrls<CommunityTarget>][]) {
    if (urls.hosts?.test(parsed.hostname) || platform === id) return urls.targetOf(parsed);
  }
  return null;
}
