/**
 * @module sources/community-target
 * What a community source's URL names (a subreddit, a search, a thread, a post, a tag, a topic),
 * read from its shape alone, so a connector can turn it into API requests. No network.
 */
import type { Platform } from '../model/index.js';

/** What a connector fetches for a source. `origin` is the site or instance the URL is on. */
export type CommunityTarget =
  | { platform: 'reddit'; kind: 'thread'; origin: string; threadId: string }
  | { platform: 'reddit'; kind: 'listing'; origin: string; subreddit: string; sort: string }
  | { platform: 'reddit'; kind: 'search'; origin: string; subreddit: string | null; query: string }
  | { platform: 'hackernews'; kind: 'item'; itemId: string }
  | { platform: 'hackernews'; kind: 'search'; query: string; tags: string | null }
  | { platform: 'bluesky'; kind: 'post'; actor: string; postKey: string }
  | { platform: 'bluesky'; kind: 'account'; actor: string }
  | { platform: 'bluesky'; kind: 'search'; query: string }
  | { platform: 'mastodon'; kind: 'status'; origin: string; statusId: string }
  | { platform: 'mastodon'; kind: 'tag'; origin: string; tag: string }
  | { platform: 'mastodon'; kind: 'account'; origin: string; account: string }
  | { platform: 'discourse'; kind: 'topic'; origin: string; topicId: string }
  | { platform: 'forum'; kind: 'thread'; url: string }
  | { platform: 'comments'; kind: 'section'; url: string };

/** Reddit's web hosts; their API answers on www.reddit.com. */
const REDDIT_HOSTS = /^(www\.|old\.|new\.|np\.)?reddit\.com$/i;
/** The canonical Reddit origin a URL on any Reddit host is fetched from. */
export const REDDIT_ORIGIN = 'https://www.reddit.com';
const HN_HOSTS = /^(news\.ycombinator\.com|hn\.algolia\.com)$/i;
const BLUESKY_HOSTS = /^(www\.)?bsky\.app$/i;
/** Listing orders Reddit serves under /r/<sub>/<sort>. */
const REDDIT_SORTS = new Set(['hot', 'new', 'top', 'rising', 'controversial']);

/**
 * The target a URL names, or null when it names none a connector knows (an API URL, a feed, a page:
 * those are fetched as they are). Reddit, Hacker News and Bluesky are told by their hosts; Mastodon
 * and Discourse run on any host, so their shapes count only when `platform` says so (as `sources
 * add` decides by probing); so do forum threads and comment sections, whose target is the page URL. The path must start with the platform's own shape: a site that serves
 * a Reddit-like path under a prefix of its own (the demo corpus) is fetched as it is.
 */
export function communityTargetOf(url: string, platform: Platform | null): CommunityTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname;
  if (REDDIT_HOSTS.test(host) || host === 'redd.it' || platform === 'reddit') return redditTarget(parsed);
  if (HN_HOSTS.test(host) || platform === 'hackernews') return hackerNewsTarget(parsed);
  if (BLUESKY_HOSTS.test(host) || platform === 'bluesky') return blueskyTarget(parsed);
  if (platform === 'mastodon') return mastodonTarget(parsed);
  if (platform === 'discourse') return discourseTarget(parsed);
  // A forum thread or a comment section is any page on any host: only the platform says so, and
  // the page itself is what is fetched, then its "next page" links.
  if ((platform === 'forum' || platform === 'comments') && /^https?:$/.test(parsed.protocol)) {
    return platform === 'forum'
      ? { platform, kind: 'thread', url: parsed.href }
      : { platform, kind: 'section', url: parsed.href };
  }
  return null;
}

function redditTarget(url: URL): CommunityTarget | null {
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

function hackerNewsTarget(url: URL): CommunityTarget | null {
  const itemId = url.pathname === '/item' ? url.searchParams.get('id') : null;
  if (itemId && /^\d+$/.test(itemId)) return { platform: 'hackernews', kind: 'item', itemId };
  // The Algolia site's search page (?q=) and its API's search endpoints (?query=).
  const query = url.searchParams.get('q') ?? url.searchParams.get('query');
  if (query && (url.pathname === '/' || /^\/api\/v1\/search(_by_date)?$/.test(url.pathname))) {
    return { platform: 'hackernews', kind: 'search', query, tags: url.searchParams.get('tags') };
  }
  return null;
}

function blueskyTarget(url: URL): CommunityTarget | null {
  const post = /^\/profile\/([^/]+)\/post\/(\w+)\/?$/.exec(url.pathname);
  if (post) return { platform: 'bluesky', kind: 'post', actor: decodeURIComponent(post[1]!), postKey: post[2]! };
  const account = /^\/profile\/([^/]+)\/?$/.exec(url.pathname);
  if (account) return { platform: 'bluesky', kind: 'account', actor: decodeURIComponent(account[1]!) };
  const query = url.searchParams.get('q');
  if (url.pathname.replace(/\/$/, '') === '/search' && query) return { platform: 'bluesky', kind: 'search', query };
  return null;
}

function mastodonTarget(url: URL): CommunityTarget | null {
  const status = /^\/(?:@[\w.@-]+|users\/[\w.-]+\/statuses)\/(\d+)\/?$/.exec(url.pathname);
  if (status) return { platform: 'mastodon', kind: 'status', origin: url.origin, statusId: status[1]! };
  const tag = /^\/tags\/([^/]+)\/?$/.exec(url.pathname);
  if (tag) return { platform: 'mastodon', kind: 'tag', origin: url.origin, tag: decodeURIComponent(tag[1]!) };
  const account = /^\/@([\w.-]+(?:@[\w.-]+)?)\/?$/.exec(url.pathname);
  if (account) return { platform: 'mastodon', kind: 'account', origin: url.origin, account: account[1]! };
  return null;
}

function discourseTarget(url: URL): CommunityTarget | null {
  // /t/<slug>/<id>[/<post>] or /t/<id>[.json]; a slug always holds a non-digit, so /t/<id>/<post> is not misread.
  const topic = /^\/t\/(?:[^/]*[^/\d][^/]*\/)?(\d+)(?:\/\d+)?(?:\.json)?\/?$/.exec(url.pathname);
  return topic ? { platform: 'discourse', kind: 'topic', origin: url.origin, topicId: topic[1]! } : null;
}
