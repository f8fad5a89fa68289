/**
 * @module fetch/connectors/reddit-connector
 * Reddit: a thread's `.json` and then its `more` stubs through `/api/morechildren` (and "continue this
 * thread" stubs through the parent comment's permalink `.json`); a subreddit's
 * listing or a search, page by page through `after`. With app credentials every request goes to
 * oauth.reddit.com with an app-only token, and back to the public JSON endpoints if it is refused.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import { REDDIT_ORIGIN } from '../../sources/platforms/reddit-urls.js';
import type { FetchedPage, RequestOptions } from '../fetched-page.js';
import { type Connector, type ConnectorContext, JSON_ACCEPT, jsonOf, objectAt, textAt } from './connector.js';
import { apiWithFallback, createConnectorSessions, type ApiClient } from './connector-sessions.js';
import { redditAppSession } from './reddit-app-session.js';
import { moreStubsOf } from './reddit-more-stubs.js';
import { redditUserAgent } from './reddit-user-agent.js';

type RedditTarget = Extract<CommunityTarget, { platform: 'reddit' }>;

/** Comments asked for with a thread: 500, the most Reddit returns to a client without Reddit Premium. */
export const REDDIT_THREAD_COMMENT_LIMIT = 500;
/** Reddit API docs, `/api/morechildren`: "retrieve the additional comments represented by those stubs, up to 100 at a time". */
export const REDDIT_MORE_CHILDREN_PER_REQUEST = 100;
/**
 * morechildren and continue-thread requests per refresh: 10, one minute at Reddit's unauthenticated limit of 10 queries a
 * minute (Reddit Data API wiki). With the thread's own 500 that is 1,500 comments a refresh; comments
 * already stored are not asked for again, so a 50,000-comment thread fills in over later refreshes.
 */
export const REDDIT_MAX_MORE_REQUESTS = 10;
/** Stub ids checked against the store per query: five requests' worth, so a 50,000-id stub is never sent whole. */
const STORED_CHECK_WINDOW = 5 * REDDIT_MORE_CHILDREN_PER_REQUEST;
/** Reddit API docs, listings: "limit: the maximum number of items desired (default: 25, maximum: 100)". */
export const REDDIT_LISTING_LIMIT = 100;
/** Listing or search pages per refresh: the newest 400 posts, four requests. */
export const REDDIT_MAX_LISTING_PAGES = 4;

/** HTTP statuses with which oauth.reddit.com refuses a token (expired, revoked, or lacking the scope). */
const TOKEN_REFUSED: ReadonlySet<number> = new Set([401, 403]);

/** Fetches what a Reddit target names, through the app's token when one is configured and accepted. */
export const fetchReddit: Connector<RedditTarget> = async function* (target, context, options) {
  const request: RequestOptions = {
    userAgent: options.redditUserAgent ?? redditUserAgent({ installationId: context.sourceId.slice(0, 8) }),
    accept: JSON_ACCEPT,
  };
  const sessions = options.sessions ?? createConnectorSessions();
  // A URL on reddit.com is read from the configured base; one on another host (a replay, the demo) from its own.
  const publicBase = target.origin === REDDIT_ORIGIN ? options.redditApiBase : target.origin;
  const session = await redditAppSession(context, options, sessions, request);
  const api = apiWithFallback({
    fetcher: context.fetcher,
    request,
    publicBase,
    session,
    refusedStatuses: TOKEN_REFUSED,
    platform: 'reddit',
    sessions,
    context,
  });
  if (target.kind === 'thread') yield* fetchThread(api, target.threadId, context);
  else yield* fetchListing(api, listingPath(target), context);
};

async function* fetchThread(api: ApiClient, threadId: string, context: ConnectorContext): AsyncGenerator<FetchedPage> {
  const threadPath = `/comments/${threadId}`;
  const first = await api.get(`${threadPath}.json?limit=${REDDIT_THREAD_COMMENT_LIMIT}`, context.conditional);
  yield first;
  if (first.notModified) return;
  // Ids already asked for in this refresh: a stub that never resolves names them again and is dropped, so the loop ends.
  const requested = new Set<string>();
  const queued = new Set<string>();
  const pending = { childIds: [] as string[], continueFrom: [] as string[] };
  const enqueue = (json: unknown): void => {
    const stubs = moreStubsOf(json);
    for (const id of stubs.childIds) {
      if (!queued.has(id) && !requested.has(id)) pending.childIds.push(id);
      queued.add(id);
    }
    pending.continueFrom.push(...stubs.continueFrom.filter((id) => !requested.has(`continue:${id}`)));
  };
  // The next ids to ask for, checked against the store a window at a time (a stub may name 50,000).
  const nextBatch = async (): Promise<string[]> => {
    const batch: string[] = [];
    while (batch.length < REDDIT_MORE_CHILDREN_PER_REQUEST && pending.childIds.length > 0) {
      const fresh = await unstored(pending.childIds.splice(0, STORED_CHECK_WINDOW), context, requested);
      const room = REDDIT_MORE_CHILDREN_PER_REQUEST - batch.length;
      batch.push(...fresh.slice(0, room));
      pending.childIds.unshift(...fresh.slice(room));
    }
    return batch;
  };
  enqueue(jsonOf(first));
  for (let requests = 0; requests < REDDIT_MAX_MORE_REQUESTS; requests += 1) {
    let page: FetchedPage;
    const batch = await nextBatch();
    if (batch.length > 0) {
      for (const id of batch) requested.add(id);
      page = await api.get(
        `/api/morechildren.json?api_type=json&link_id=t3_${threadId}&children=${batch.join(',')}&limit_children=false`,
      );
    } else {
      const parent = pending.continueFrom.shift();
      if (parent === undefined) return;
      requested.add(`continue:${parent}`);
      page = await api.get(`${threadPath}/_/${parent}.json?limit=${REDDIT_THREAD_COMMENT_LIMIT}`);
    }
    yield page;
    enqueue(jsonOf(page));
  }
}

/** Stub ids not yet requested in this refresh and not stored from an earlier one. */
async function unstored(ids: string[], context: ConnectorContext, requested: ReadonlySet<string>): Promise<string[]> {
  const fresh = [...new Set(ids)].filter((id) => !requested.has(id));
  if (fresh.length === 0) return [];
  const stored = await context.storedExternalIds(fresh.map((id) => `t1_${id}`));
  return fresh.filter((id) => !stored.has(`t1_${id}`));
}

async function* fetchListing(api: ApiClient, firstPath: URL, context: ConnectorContext): AsyncGenerator<FetchedPage> {
  let after: string | null = null;
  for (let pageNumber = 0; pageNumber < REDDIT_MAX_LISTING_PAGES; pageNumber += 1) {
    const url = new URL(firstPath);
    if (after) url.searchParams.set('after', after);
    const page = await api.get(`${url.pathname}${url.search}`, pageNumber === 0 ? context.conditional : undefined);
    yield page;
    if (page.notModified) return;
    const next = textAt(objectAt(objectAt(jsonOf(page))?.data)?.after);
    if (!next || next === after) return;
    after = next;
  }
}

/** Only the path and query are used: the client puts them on the base it is using. */
const PATH_BASE = 'http://reddit.invalid';

function listingPath(target: Exclude<RedditTarget, { kind: 'thread' }>): URL {
  if (target.kind === 'listing') {
    const url = new URL(`${PATH_BASE}/r/${target.subreddit}/${target.sort}.json`);
    url.searchParams.set('limit', String(REDDIT_LISTING_LIMIT));
    return url;
  }
  const url = new URL(target.subreddit ? `${PATH_BASE}/r/${target.subreddit}/search.json` : `${PATH_BASE}/search.json`);
  url.searchParams.set('q', target.query);
  if (target.subreddit) url.searchParams.set('restrict_sr', '1');
  url.searchParams.set('sort', 'new');
  url.searchParams.set('limit', String(REDDIT_LISTING_LIMIT));
  return url;
}
