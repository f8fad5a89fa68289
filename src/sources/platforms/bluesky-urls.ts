/**
 * @module sources/platforms/bluesky-urls
 * Bluesky's URLs on bsky.app: a post, an account, a search.
 */
import type { CommunityUrls } from './community-urls.js';

/** What a Bluesky URL names; `actor` is a handle or a DID. */
export type BlueskyTarget =
  | { platform: 'bluesky'; kind: 'post'; actor: string; postKey: string }
  | { platform: 'bluesky'; kind: 'account'; actor: string }
  | { platform: 'bluesky'; kind: 'search'; query: string };

/** Bluesky's web app names targets; its PDS and relay hosts (bsky.social, bsky.network) are community too. */
export const blueskyUrls: CommunityUrls<BlueskyTarget> = {
  hosts: /^(www\.)?bsky\.app$/i,
  communityHosts: /(^|\.)(bsky\.app|bsky\.social|bsky\.network)$/i,
  communityPaths: null,
  targetOf: blueskyTarget,
};

function blueskyTarget(url: URL): BlueskyTarget | null {
  const post = /^\/profile\/([^/]+)\/post\/(\w+)\/?$/.exec(url.pathname);
  if (post) return { platform: 'bluesky', kind: 'post', actor: decodeURIComponent(post[1]!), postKey: post[2]! };
  const account = /^\/profile\/([^/]+)\/?$/.exec(url.pathname);
  if (account) return { platform: 'bluesky', kind: 'account', actor: decodeURIComponent(account[1]!) };
  const query = url.searchParams.get('q');
  if (url.pathname.replace(/\/$/, '') === '/search' && query) return { platform: 'bluesky', kind: 'search', query };
  return null;
}
