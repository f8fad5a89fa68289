/**
 * @module sources/platforms/reddit-urls
 * Reddit's URLs: a thread (also redd.it short links), a subreddit listing, a search.
 */
import type { CommunityUrls } from './community-urls.js';

/** What a Reddit URL names. `origin` is where its API is read (www.reddit.com for every Reddit host). */
export type RedditTarget =
  | { platform: 'reddit'; kind: 'thread'; origin: string; threadId: string }
  | { platform: 'reddit'; kind: 'listing'; origin: string; subreddit: string; sort: string }
  | { platform: 'reddit'; kind: 'search'; origin: string; subreddit: string | null; query: string };

/** Reddit's web hosts; their API answers on www.reddit.com. */
const REDDIT_HOSTS = /^(www\.|old\.|new\.|np\.)?reddit\.com$/i;
/** The canonical Reddit origin a URL on any Reddit host is fetched from. */
export const REDDIT_ORIGIN = 'https://www.reddit.com';
/** Listing orders Reddit serves under /r/<sub>/<sort>. */
const REDDIT_SORTS = new Set(['hot', 'new', 'top', 'rising', 'controversial']);

/** Reddit on reddit.com and redd.it; on another host (a source that says `reddit`), that host is the origin. */
export const redditUrls: CommunityUrls<RedditTarget> = {
  hosts: /^((www\.|old\.|new\.|np\.)?reddit\.com|redd\.it)$/i,
  communityHosts: /(^|\.)(reddit\.com|redd\.it)$/i,
  communityPaths: null,
  targetOf: redditTarget,
};

function redditTarget(url: URL): RedditTarget | null {
  const origin = REDDIT_HOSTS.test(url.hostname) || url.hostname === 'redd.it' ? REDDIT_ORIGIN : url.origin;
  const path = url.pathname.replace(/\.json$/, '').replace(/\/+$/, '');
  if (url.hostname === 'redd.it') {
    const short = /^\/(\w+)$/.exec(path);
    return short ? { platform: 'reddit', kind: 'thread', origin, threadId: short[1]! } : null;
  }
  const thread = /^(?:\/r\/\w+)?\/comments\/(\w+)(?:\/|$)/.exec(path);
  if (thread) return { platform: 'reddit', kind: 'thread', origin, threadId: thread[1]! };
  const query = url.searchParams.get('q');
  const search = /^(?:\/r\/(\w+))?\/search$/.exec(path);
  if (search && query) return { platform: 'reddit', kind: 'search', origin, subreddit: search[1] ?? null, query };
  const listing = /^\/r\/(\w+)(?:\/(\w+))?$/.exec(path);
  if (listing && (listing[2] === undefined || REDDIT_SORTS.has(listing[2]))) {
    return { platform: 'reddit', kind: 'listing', origin, subreddit: listing[1]!, sort: listing[2] ?? 'new' };
  }
  return null;
}
