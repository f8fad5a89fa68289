/**
 * @module parse/community/comments/comment-ids
 * How comment-section records are named, so the feed and the page name the same comment alike.
 */
import { canonicalOrSelf } from '../shared/html-page.js';

/** The article a comment section belongs to: its canonical URL without fragment (the thread root's externalId). */
export function articleThreadId(articleUrl: string): string {
  return canonicalOrSelf(articleUrl.replace(/#.*$/, ''));
}

/** A comment's externalId: `<canonical article URL>#comment-<id>`, WordPress's own comment anchor. */
export function commentExternalId(articleUrl: string, commentId: string): string {
  return `${articleThreadId(articleUrl)}#comment-${commentId}`;
}
