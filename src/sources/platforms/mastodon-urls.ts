/**
 * @module sources/platforms/mastodon-urls
 * Mastodon's URLs on any instance: a status, a tag, an account.
 */
import type { CommunityUrls } from './community-urls.js';

/** What a Mastodon URL names; `origin` is the instance. */
export type MastodonTarget =
  | { platform: 'mastodon'; kind: 'status'; origin: string; statusId: string }
  | { platform: 'mastodon'; kind: 'tag'; origin: string; tag: string }
  | { platform: 'mastodon'; kind: 'account'; origin: string; account: string };

/** Mastodon runs on any host: its web paths count when a source says `mastodon`; its API paths always do. */
export const mastodonUrls: CommunityUrls<MastodonTarget> = {
  hosts: null,
  communityHosts: null,
  communityPaths: /^\/api\/v1\/(statuses|timelines|accounts)\//i,
  targetOf: mastodonTarget,
  // Mastodon's Instance entity (v1) has `uri` and `version`; forks (Pleroma, Akkoma) answer the same way.
  probe: {
    path: '/api/v1/instance',
    looksRight: (json) => typeof json.uri === 'string' && typeof json.version === 'string',
  },
};

function mastodonTarget(url: URL): MastodonTarget | null {
  const status = /^\/(?:@[\w.@-]+|users\/[\w.-]+\/statuses)\/(\d+)\/?$/.exec(url.pathname);
  if (status) return { platform: 'mastodon', kind: 'status', origin: url.origin, statusId: status[1]! };
  const tag = /^\/tags\/([^/]+)\/?$/.exec(url.pathname);
  if (tag) return { platform: 'mastodon', kind: 'tag', origin: url.origin, tag: decodeURIComponent(tag[1]!) };
  const account = /^\/@([\w.-]+(?:@[\w.-]+)?)\/?$/.exec(url.pathname);
  if (account) return { platform: 'mastodon', kind: 'account', origin: url.origin, account: account[1]! };
  return null;
}
