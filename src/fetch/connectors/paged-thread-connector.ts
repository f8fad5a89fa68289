/**
 * @module fetch/connectors/paged-thread-connector
 * A forum thread or an article's comment section that spans pages: the page the source names, then
 * each "next page" link in turn, within a page cap and a guard against pages that lead back.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import { FetchError } from '../fetch-error.js';
import type { FetchedPage } from '../fetched-page.js';
import type { Connector, ConnectorContext } from './connector.js';
import { findNextPageLink } from './find-next-page-link.js';

type PagedTarget = Extract<CommunityTarget, { platform: 'forum' | 'comments' }>;

/**
 * Pages per refresh: 20, twenty seconds at the fetcher's default one request a second per host.
 * phpBB shows 10 posts a page by default and XenForo 20, so that is 200 to 400 posts; a longer
 * thread is read on through later refreshes, each resuming at the page its newest stored post came from.
 */
export const PAGED_THREAD_MAX_PAGES = 20;
/** A resumed page that is gone (posts deleted, the thread re-paged) is skipped, and the walk goes on from page one's link. */
const GONE_STATUSES: ReadonlySet<number> = new Set([404, 410]);

/**
 * Fetches the target's first page (with the source's validators), then, when the store holds a
 * newer post on a later page of the same site, that page (the resume point: earlier pages are not
 * read again), then each page's next link until there is none, the next page was read already in
 * this refresh (a loop), or {@link PAGED_THREAD_MAX_PAGES} pages were read. An answer that is not
 * HTML (a comment feed) ends it after the first request; a 304 for a forum thread's first page
 * still goes on to the resume page, where new posts arrive. A failure on a later page throws a
 * FetchError naming the page; the pages yielded before it are already stored by the caller.
 */
export const fetchPagedThread: Connector<PagedTarget> = async function* (target, context) {
  // Asked before the first page is stored: where the last refresh got to, not where this one is.
  const resume = await resumePageOf(target.url, context);
  const first = await context.fetcher.fetchPage(target.url, context.conditional);
  yield first;
  // A comment feed (RSS) is a comments source too: only HTML pages are walked. After a 304 a forum
  // thread still goes on to its resume page, where new posts arrive; a comment source may be a feed, so it stops.
  if (first.notModified ? target.platform !== 'forum' : !isHtml(first)) return;
  const seen = new Set([pageKey(first.requestedUrl), pageKey(first.url)]);
  const firstNext = first.notModified ? null : nextLinkOf(first);
  let next = resume !== null && !seen.has(pageKey(resume)) ? resume : firstNext;
  let pages = 1;
  while (next !== null) {
    if (seen.has(pageKey(next))) {
      context.warn?.(
        `stopped following pages at ${next}: it was read already in this refresh (the pages link in a loop)`,
      );
      return;
    }
    if (pages >= PAGED_THREAD_MAX_PAGES) {
      context.warn?.(
        `stopped after ${PAGED_THREAD_MAX_PAGES} pages; the next refresh goes on from the newest post stored`,
      );
      return;
    }
    seen.add(pageKey(next));
    pages += 1;
    let page: FetchedPage;
    try {
      page = await context.fetcher.fetchPage(next);
    } catch (error) {
      if (next === resume && error instanceof FetchError && error.status !== null && GONE_STATUSES.has(error.status)) {
        context.warn?.(
          `the page to resume from, ${next}, is gone (${error.status}); following the pages from the first instead`,
        );
        next = firstNext;
        continue;
      }
      throw onPage(pages, error);
    }
    if (seen.has(pageKey(page.url)) && page.url !== page.requestedUrl) {
      context.warn?.(`stopped following pages at ${next}: it redirects to ${page.url}, read already in this refresh`);
      return;
    }
    seen.add(pageKey(page.url));
    yield page;
    next = nextLinkOf(page);
  }
};

/** The next page's URL when the answer is HTML, else null (a feed's or an API's links are not pages of a thread). */
function nextLinkOf(page: FetchedPage): string | null {
  return isHtml(page) ? findNextPageLink(new TextDecoder().decode(page.body), page.url) : null;
}

/** An HTML answer by its content type or, when that is missing or generic, by how its body starts. */
function isHtml(page: FetchedPage): boolean {
  return (
    /html/i.test(page.contentType ?? '') ||
    /^\s*(<!doctype html|<html)/i.test(new TextDecoder().decode(page.body.subarray(0, 512)))
  );
}

/** The page the newest stored post was read on, when it is on the thread's own site; else null. */
async function resumePageOf(firstUrl: string, context: ConnectorContext): Promise<string | null> {
  const newest = await context.newestStoredRecordUrl?.();
  if (!newest) return null;
  try {
    const url = new URL(newest);
    url.hash = '';
    return url.origin === new URL(firstUrl).origin && /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A page's address without its fragment (`#p5102` and `#comments` name places on one page) or a
 * trailing slash (a record's canonical URL drops it where the fetched address had it).
 */
function pageKey(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/(?=\?|$)/, '');
}

/** The failure with the page number in front, its code, status and Retry-After kept. */
function onPage(pageNumber: number, error: unknown): unknown {
  if (!(error instanceof FetchError)) return error;
  return new FetchError(error.code, `thread page ${pageNumber} of this refresh: ${error.message}`, {
    url: error.url,
    status: error.status ?? undefined,
    retryAfterMs: error.retryAfterMs,
    cause: error,
  });
}
