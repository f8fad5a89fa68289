/**
 * @module sources/platforms/forum-urls
 * A forum thread (phpBB, XenForo, vBulletin): any http(s) page a source says is one.
 */
import type { CommunityUrls } from './community-urls.js';

/** A forum thread's page: it is fetched, then its "next page" links. */
export type ForumTarget = { platform: 'forum'; kind: 'thread'; url: string };

/** Any page when a source says `forum`; phpBB, XenForo and vBulletin thread paths count as community on any host. */
export const forumUrls: CommunityUrls<ForumTarget> = {
  hosts: null,
  communityHosts: null,
  communityPaths: /^\/(viewtopic\.php|threads\/|showthread\.php)/i,
  targetOf: (url) => (/^https?:$/.test(url.protocol) ? { platform: 'forum', kind: 'thread', url: url.href } : null),
};
