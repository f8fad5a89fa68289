/**
 * @module sources/kind-of-url
 * Press or community, from a URL's shape alone: the community platforms' hosts and API paths.
 */
import type { RecordKind } from '../model/index.js';

/** Hosts whose URLs are community discussion (Reddit, Hacker News and its Algolia API, Bluesky). */
const COMMUNITY_HOSTS =
  /(^|\.)(reddit\.com|redd\.it|news\.ycombinator\.com|hn\.algolia\.com|hacker-news\.firebaseio\.com|bsky\.app|bsky\.social|bsky\.network)$/i;
/** Paths that are community APIs on any host: Mastodon, Discourse topics, phpBB/XenForo threads, WordPress comment feeds. */
const COMMUNITY_PATHS =
  /^\/(api\/v1\/(statuses|timelines|accounts)\/|t\/[^/]+\/\d+|viewtopic\.php|threads\/|showthread\.php)|\/comments\/feed\/?$/i;

/** "community" for a community platform's URL, else "press" (feeds and articles). */
export function kindOfUrl(url: string): RecordKind {
  try {
    const parsed = new URL(url);
    return COMMUNITY_HOSTS.test(parsed.hostname) || COMMUNITY_PATHS.test(parsed.pathname) ? 'community' : 'press';
  } catch {
    return 'press';
  }
}
