/**
 * @module sources/platforms/hackernews-urls
 * Hacker News's URLs: an item page, or a search on the Algolia site or its API.
 */
import type { CommunityUrls } from './community-urls.js';

/** What a Hacker News URL names. */
export type HackerNewsTarget =
  | { platform: 'hackernews'; kind: 'item'; itemId: string }
  | { platform: 'hackernews'; kind: 'search'; query: string; tags: string | null };

/** news.ycombinator.com, the Algolia site and API; the Firebase API counts as community but names no target. */
export const hackerNewsUrls: CommunityUrls<HackerNewsTarget> = {
  hosts: /^(news\.ycombinator\.com|hn\.algolia\.com)$/i,
  communityHosts: /(^|\.)(news\.ycombinator\.com|hn\.algolia\.com|hacker-news\.firebaseio\.com)$/i,
  communityPaths: null,
  targetOf: hackerNewsTarget,
};

function hackerNewsTarget(url: URL): HackerNewsTarget | null {
  const itemId = url.pathname === '/item' ? url.searchParams.get('id') : null;
  if (itemId && /^\d+$/.test(itemId)) return { platform: 'hackernews', kind: 'item', itemId };
  // The Algolia site's search page (?q=) and its API's search endpoints (?query=).
  const query = url.searchParams.get('q') ?? url.searchParams.get('query');
  if (query && (url.pathname === '/' || /^\/api\/v1\/search(_by_date)?$/.test(url.pathname))) {
    return { platform: 'hackernews', kind: 'search', query, tags: url.searchParams.get('tags') };
  }
  return null;
}
