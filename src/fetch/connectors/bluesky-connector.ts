/**
 * @module fetch/connectors/bluesky-connector
 * Bluesky through a public AppView: a post's thread with its replies (`getPostThread`), an account's
 * posts (`getAuthorFeed`) or a search (`searchPosts`), paged by `cursor`. With an app password the
 * same calls go to the account's PDS with its session token, and back to the AppView if it is refused.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import { FetchError } from '../fetch-error.js';
import type { FetchedPage } from '../fetched-page.js';
import { type Connector, type ConnectorContext, JSON_ACCEPT, jsonOf, objectAt, textAt } from './connector.js';
import { apiWithFallback, createConnectorSessions, type ApiClient } from './connector-sessions.js';
import { blueskySession } from './bluesky-session.js';

type BlueskyTarget = Extract<CommunityTarget, { platform: 'bluesky' }>;

/** Bluesky's public AppView, which answers reads without an account. */
export const BLUESKY_PUBLIC_API_BASE = 'https://public.api.bsky.app';
/** Reply depth asked of getPostThread: 1,000, the lexicon's maximum (its default, 6, cuts long threads). */
export const BLUESKY_THREAD_DEPTH = 1000;
/** Parents asked of getPostThread: 80, the lexicon's default, enough to reach any thread's root. */
export const BLUESKY_PARENT_HEIGHT = 80;
/** Posts per searchPosts or getAuthorFeed page: 100, the lexicon's maximum. */
export const BLUESKY_PAGE_LIMIT = 100;
/** Search or feed pages per refresh: the newest 500 posts. */
export const BLUESKY_MAX_PAGES = 5;

const request = { accept: JSON_ACCEPT };
/**
 * Statuses with which a PDS refuses a session token: 401, and 400 with `ExpiredToken` (the XRPC
 * spec's error for an expired access token; the body is not read, so any 400 is retried publicly once).
 */
const TOKEN_REFUSED: ReadonlySet<number> = new Set([400, 401]);
/** Only the path and query are used: the client puts them on the base it is using. */
const PATH_BASE = 'http://bluesky.invalid';

/** Fetches what a Bluesky target names. A handle in a post URL is resolved to its DID first. */
export const fetchBluesky: Connector<BlueskyTarget> = async function* (target, context, options) {
  const sessions = options.sessions ?? createConnectorSessions();
  const session = await blueskySession(context, options, sessions);
  const api = apiWithFallback({
    fetcher: context.fetcher,
    request,
    publicBase: options.blueskyApiBase,
    session,
    refusedStatuses: TOKEN_REFUSED,
    platform: 'bluesky',
    sessions,
    context,
  });
  if (target.kind === 'post') {
    const did = await didOf(target.actor, api);
    const url = new URL(`${PATH_BASE}/xrpc/app.bsky.feed.getPostThread`);
    url.searchParams.set('uri', `at://${did}/app.bsky.feed.post/${target.postKey}`);
    url.searchParams.set('depth', String(BLUESKY_THREAD_DEPTH));
    url.searchParams.set('parentHeight', String(BLUESKY_PARENT_HEIGHT));
    yield await api.get(`${url.pathname}${url.search}`, context.conditional);
    return;
  }
  const url = new URL(
    target.kind === 'search'
      ? `${PATH_BASE}/xrpc/app.bsky.feed.searchPosts`
      : `${PATH_BASE}/xrpc/app.bsky.feed.getAuthorFeed`,
  );
  if (target.kind === 'search') {
    url.searchParams.set('q', target.query);
    url.searchParams.set('sort', 'latest');
  } else url.searchParams.set('actor', target.actor);
  url.searchParams.set('limit', String(BLUESKY_PAGE_LIMIT));
  yield* pagesByCursor(url, target.kind === 'search' ? 'posts' : 'feed', api, context);
};

async function* pagesByCursor(
  firstUrl: URL,
  itemsKey: 'posts' | 'feed',
  api: ApiClient,
  context: ConnectorContext,
): AsyncGenerator<FetchedPage> {
  let cursor: string | null = null;
  for (let pageNumber = 0; pageNumber < BLUESKY_MAX_PAGES; pageNumber += 1) {
    const url = new URL(firstUrl);
    if (cursor) url.searchParams.set('cursor', cursor);
    const page = await api.get(`${url.pathname}${url.search}`, pageNumber === 0 ? context.conditional : undefined);
    const answer = objectAt(jsonOf(page));
    const items = answer?.[itemsKey];
    // An empty later page has nothing to store (and no parser reads an empty list); the first is always handed on.
    if (pageNumber === 0 || (Array.isArray(items) && items.length > 0)) yield page;
    const next = textAt(answer?.cursor);
    if (page.notModified || !next || next === cursor || !Array.isArray(items) || items.length === 0) return;
    cursor = next;
  }
}

/** The DID for a handle (com.atproto.identity.resolveHandle), or the actor itself when it is a DID. */
async function didOf(actor: string, api: ApiClient): Promise<string> {
  if (actor.startsWith('did:')) return actor;
  const page = await api.get(`/xrpc/com.atproto.identity.resolveHandle?handle=${encodeURIComponent(actor)}`);
  const did = textAt(objectAt(jsonOf(page))?.did);
  if (!did?.startsWith('did:'))
    throw new FetchError('http-status', `${page.url} did not answer with a DID for ${actor}`, { url: page.url });
  return did;
}
