/**
 * @module parse/community/forum/thread-url
 * A forum thread's address without pagination, so every page of a thread names the same root.
 */
import { canonicalizeUrl } from '../../../extract/canonicalize-url.js';

/** Query parameters that select a page or a post within a thread, or a session (phpBB `sid`). */
const PAGE_PARAMS = ['start', 'page', 'p', 'sid', 'highlight', 'view'];

/** XenForo page and post suffixes (`/page-2`, `/post-101`) and vBulletin SEO page suffixes (`/page2`). */
const PAGE_SUFFIX = /\/(page-?\d+|post-\d+)\/?$/;

/**
 * The thread URL: canonical form of `url` without page, post and session parameters or a page
 * suffix. Null when `url` is null or not http(s).
 */
export function threadUrlOf(url: string | null): string | null {
  if (!url) return null;
  const canonical = canonicalizeUrl(url);
  if (!canonical) return null;
  const parsed = new URL(canonical);
  for (const name of PAGE_PARAMS) parsed.searchParams.delete(name);
  parsed.pathname = parsed.pathname.replace(PAGE_SUFFIX, '/');
  return canonicalizeUrl(parsed.href);
}

/** True when `url` names a page after the first (phpBB `start>0`, vB `page>1`, XenForo `/page-N` with N>1). */
export function isLaterPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    const start = Number(parsed.searchParams.get('start') ?? 0);
    const pageNumber = Number(parsed.searchParams.get('page') ?? /\/page-?(\d+)\/?$/.exec(parsed.pathname)?.[1] ?? 1);
    return start > 0 || pageNumber > 1;
  } catch {
    return false;
  }
}
