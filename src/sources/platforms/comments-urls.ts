/**
 * @module sources/platforms/comments-urls
 * A comment section: any http(s) page a source says carries one.
 */
import type { CommunityUrls } from './community-urls.js';

/** A page with a comment section: it is fetched, then its "next page" links. */
export type CommentsTarget = { platform: 'comments'; kind: 'section'; url: string };

/** Any page when a source says `comments`; a WordPress comment feed (`…/comments/feed`) counts as community on any host. */
export const commentsUrls: CommunityUrls<CommentsTarget> = {
  hosts: null,
  communityHosts: null,
  communityPaths: /\/comments\/feed\/?$/i,
  targetOf: (url) => (/^https?:$/.test(url.protocol) ? { platform: 'comments', kind: 'section', url: url.href } : null),
};
