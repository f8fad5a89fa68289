/**
 * @module fetch/connectors/hackernews-connector
 * Hacker News through its Algolia API: a story's whole comment tree in one answer (`/items/:id`),
 * or a search, page by page.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import { type Connector, JSON_ACCEPT, jsonOf, objectAt } from './connector.js';

type HackerNewsTarget = Extract<CommunityTarget, { platform: 'hackernews' }>;

/** The Algolia HN API's origin (hn.algolia.com/api). */
export const HN_ALGOLIA_API_BASE = 'https://hn.algolia.com';
/** Hits per search page: 100 (Algolia serves up to 1,000 hits per query in all, `paginationLimitedTo`). */
export const HN_SEARCH_HITS_PER_PAGE = 100;
/** Search pages per refresh: the newest 500 stories in five requests. */
export const HN_MAX_SEARCH_PAGES = 5;
/** Searches cover stories unless the source's URL names other `tags`. */
const DEFAULT_SEARCH_TAGS = 'story';

/**
 * Fetches what an HN target names. An item is one request however large its thread: Algolia nests
 * every comment under the story, so the tree is bounded by the fetcher's body cap, not by requests.
 */
export const fetchHackerNews: Connector<HackerNewsTarget> = async function* (target, context, options) {
  const request = { accept: JSON_ACCEPT };
  if (target.kind === 'item') {
    yield await context.fetcher.fetchPage(
      `${options.hackerNewsApiBase}/api/v1/items/${target.itemId}`,
      context.conditional,
      request,
    );
    return;
  }
  for (let pageNumber = 0; pageNumber < HN_MAX_SEARCH_PAGES; pageNumber += 1) {
    const url = new URL(`${options.hackerNewsApiBase}/api/v1/search_by_date`);
    url.searchParams.set('query', target.query);
    url.searchParams.set('tags', target.tags ?? DEFAULT_SEARCH_TAGS);
    url.searchParams.set('hitsPerPage', String(HN_SEARCH_HITS_PER_PAGE));
    url.searchParams.set('page', String(pageNumber));
    const page = await context.fetcher.fetchPage(url.href, pageNumber === 0 ? context.conditional : undefined, request);
    yield page;
    const answer = objectAt(jsonOf(page));
    const pages = typeof answer?.nbPages === 'number' ? answer.nbPages : 0;
    if (page.notModified || pageNumber + 1 >= pages || !Array.isArray(answer?.hits) || answer.hits.length === 0) return;
  }
};
