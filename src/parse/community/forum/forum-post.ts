/**
 * @module parse/community/forum/forum-post
 * What an engine reader finds in one forum post, before it becomes a record.
 */
import type { HtmlElement, HtmlPage } from '../shared/html-page.js';

/** One post as read from the page; `body` is a detached copy with quotes and signatures removed. */
export interface ForumPost {
  /** The engine's post id (`12345`). */
  id: string;
  /** The in-page anchor that shows this post (`p12345`, `post-101`, `post1001`). */
  anchor: string;
  author: string | null;
  /** ISO UTC, or null when the page gives no readable date. */
  publishedAt: string | null;
  body: HtmlElement;
  /** Ids of earlier posts this post quotes or replies to, in order of appearance. */
  repliesTo: string[];
}

/** A forum engine's reader: how to recognise its pages and read their posts. */
export interface ForumEngine {
  name: 'phpbb' | 'xenforo' | 'vbulletin';
  /** True when the raw HTML carries this engine's post markup (cheap text test). */
  detect(html: string): boolean;
  /** The posts on the page, in page order; warnings for posts or dates it could not read. */
  readPosts(page: HtmlPage, warnings: string[]): ForumPost[];
  /** The thread's title as the page shows it, or null. */
  threadTitle(page: HtmlPage): string | null;
}

/** A detached copy of `element` without the parts matched by `selector` (quotes, signatures). */
export function withoutParts(element: HtmlElement, selector: string): HtmlElement {
  const copy = element.cloneNode(true);
  for (const part of copy.querySelectorAll(selector)) part.remove();
  return copy;
}
