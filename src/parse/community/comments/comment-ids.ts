/**
 * @module parse/community/comments/comment-ids
 * How comment-section records are named, so the feed and the page name the same comment alike.
 */
import { canonicalOrSelf } from '../shared/html-page.js';

/** WordPress's paged comments: `/article/comment-page-2/`, or `?cpage=2` without pretty permalinks. */
const COMMENT_PAGE_PATH = /\/comment-page-(\d+)(?=\/|$)/;
const COMMENT_PAGE_QUERY = /[?&]cpage=(\d+)/;

/**
 * The article a comment section belongs to: its canonical URL without fragment or comment page
 * (the thread root's externalId), so every page of a paged comment section names one article.
 */
export function articleThreadId(articleUrl: string): string {
  const withoutPage = articleUrl
    .replace(/#.*$/, '')
    .replace(COMMENT_PAGE_PATH, '')
    .replace(/([?&])cpage=\d+&?/, '$1')
    .replace(/[?&]$/, '');
  return canonicalOrSelf(withoutPage);
}

/** The comment page an article address names (`/comment-page-3/`, `?cpage=3`), or null when it names none. */
export function commentPageOf(url: string): number | null {
  const match = COMMENT_PAGE_PATH.exec(url) ?? COMMENT_PAGE_QUERY.exec(url);
  return match ? Number(match[1]) : null;
}

/** A comment's externalId: `<canonical article URL>#comment-<id>`, WordPress's own comment anchor. */
export function commentExternalId(articleUrl: string, commentId: string): string {
  return `${articleThreadId(articleUrl)}#comment-${commentId}`;
}
