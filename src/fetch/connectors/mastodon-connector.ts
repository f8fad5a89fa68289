/**
 * @module fetch/connectors/mastodon-connector
 * Mastodon: a status with its context (ancestors and replies), or a tag's or an account's timeline
 * paged by `max_id`.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import { FetchError } from '../fetch-error.js';
import type { FetchedPage } from '../fetched-page.js';
import { type Connector, type ConnectorContext, JSON_ACCEPT, jsonOf, objectAt, textAt } from './connector.js';

type MastodonTarget = Extract<CommunityTarget, { platform: 'mastodon' }>;

/** Statuses per timeline page: 40, the maximum in Mastodon's API docs (GET /api/v1/timelines/tag/:hashtag). */
export const MASTODON_PAGE_LIMIT = 40;
/** Timeline pages per refresh: the newest 200 statuses. */
export const MASTODON_MAX_PAGES = 5;

const request = { accept: JSON_ACCEPT };

/**
 * Fetches what a Mastodon target names. A status's replies come whole from `/context`, which the
 * instance itself bounds (Mastodon caps an anonymous context at 60 descendants, 4,096 signed in).
 */
export const fetchMastodon: Connector<MastodonTarget> = async function* (target, context) {
  if (target.kind === 'status') {
    const status = `${target.origin}/api/v1/statuses/${target.statusId}`;
    yield await context.fetcher.fetchPage(status, undefined, request);
    yield await context.fetcher.fetchPage(`${status}/context`, undefined, request);
    return;
  }
  const first =
    target.kind === 'tag'
      ? new URL(`${target.origin}/api/v1/timelines/tag/${encodeURIComponent(target.tag)}`)
      : new URL(
          `${target.origin}/api/v1/accounts/${await accountIdOf(target.origin, target.account, context)}/statuses`,
        );
  yield* pagesByMaxId(first, context);
};

/** A timeline's pages, newest first, each asking for statuses older than the last one seen. */
async function* pagesByMaxId(firstUrl: URL, context: ConnectorContext): AsyncGenerator<FetchedPage> {
  let maxId: string | null = null;
  for (let pageNumber = 0; pageNumber < MASTODON_MAX_PAGES; pageNumber += 1) {
    const url = new URL(firstUrl);
    url.searchParams.set('limit', String(MASTODON_PAGE_LIMIT));
    if (maxId) url.searchParams.set('max_id', maxId);
    const page = await context.fetcher.fetchPage(url.href, pageNumber === 0 ? context.conditional : undefined, request);
    const statuses = jsonOf(page);
    if (page.notModified || !Array.isArray(statuses) || statuses.length === 0) {
      // An empty timeline has nothing to store, and no reader claims an empty list; a 304 or a wrong shape is handed on to report.
      if (page.notModified || !Array.isArray(statuses)) yield page;
      return;
    }
    yield page;
    const last = textAt(objectAt(statuses[statuses.length - 1])?.id);
    if (!last || last === maxId) return;
    maxId = last;
  }
}

/** The instance-local id of `@account` (GET /api/v1/accounts/lookup). */
async function accountIdOf(origin: string, account: string, context: ConnectorContext): Promise<string> {
  const url = `${origin}/api/v1/accounts/lookup?acct=${encodeURIComponent(account)}`;
  const id = textAt(objectAt(jsonOf(await context.fetcher.fetchPage(url, undefined, request)))?.id);
  if (!id) throw new FetchError('http-status', `${url} did not answer with an account id for @${account}`, { url });
  return id;
}
