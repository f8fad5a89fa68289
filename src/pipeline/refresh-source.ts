/**
 * @module pipeline/refresh-source
 * Fetches one source and ingests what it returns. A community URL a connector knows (a subreddit, a
 * thread, an HN story or search, a Bluesky post or search, a Mastodon status or tag, a Discourse
 * topic) is fetched through that connector, page by page; any other URL with one conditional GET.
 * A failure is stored on the source with its reason and when to try again, and returned; it never
 * stops the run and never touches records already stored.
 */
import { fetchCommunityTarget } from '../fetch/connectors/fetch-community-target.js';
import type { ConnectorOptions } from '../fetch/connectors/connector.js';
import { FetchError } from '../fetch/fetch-error.js';
import type { FetchedPage, Fetcher } from '../fetch/fetched-page.js';
import { nextDueAfterFailure } from '../fetch/next-due-after-failure.js';
import type { Source } from '../model/index.js';
import { communityTargetOf } from '../sources/community-target.js';
import type { RecordStore } from '../store/record-store.js';
import { ingestPages } from './ingest-pages.js';

export type RefreshOutcome =
  | {
      sourceId: string;
      url: string;
      status: 'ok';
      format: string;
      records: number;
      inserted: number;
      updated: number;
      edited: number;
      deleted: number;
      unchanged: number;
      requests: number;
      /** What the connector noted on the way (a page loop cut, a page cap reached, a refused token). */
      warnings: string[];
    }
  | { sourceId: string; url: string; status: 'not-modified' }
  | { sourceId: string; url: string; status: 'failing'; error: string; nextDueAt: string }
  | { sourceId: string; url: string; status: 'paused'; error: string };

/**
 * Failed fetches in a row after which a source is paused (Miniflux's POLLING_PARSING_ERROR_LIMIT is
 * 3; a little more patience here, since a community API can be down for an evening).
 */
export const MAX_CONSECUTIVE_FAILURES = 5;
/** HTTP 410 Gone: the source is paused at once. */
const HTTP_GONE = 410;

export interface RefreshDependencies {
  store: RecordStore;
  fetcher: Fetcher;
  now: () => Date;
  /** Connector endpoints and Reddit's User-Agent; defaults in fetch-community-target.ts. */
  connectors?: Partial<ConnectorOptions>;
  /**
   * When a fetched source is next due (ISO 8601), asked after a success with the records stored;
   * absent: null, due at any time (`undercurrent fetch`). The service's scheduler passes its interval.
   */
  nextDueAfterSuccess?: (source: Source) => Promise<string | null>;
}

/**
 * Steps: pick the connector or the single conditional GET; ingest each answer as it comes; on
 * all-304 record the check; else store the outcome on the source. A failure counts towards
 * {@link MAX_CONSECUTIVE_FAILURES}, at which the source is paused, and sets the next due time from
 * the backoff or the server's Retry-After.
 */
export async function refreshSource(source: Source, dependencies: RefreshDependencies): Promise<RefreshOutcome> {
  const { store, now } = dependencies;
  const base = { sourceId: source.id, url: source.url };
  const warnings: string[] = [];
  let answered = 0;
  const counted = async function* (answers: AsyncIterable<FetchedPage>) {
    for await (const answer of answers) {
      answered += 1;
      yield answer;
    }
  };
  try {
    const result = await ingestPages(counted(answersOf(source, dependencies, warnings)), source, store);
    const checkedAt = result.first?.fetchedAt ?? now().toISOString();
    const success = {
      status: 'ok' as const,
      lastError: null,
      consecutiveFailures: 0,
      lastFetchedAt: checkedAt,
      nextDueAt: dependencies.nextDueAfterSuccess ? await dependencies.nextDueAfterSuccess(source) : null,
    };
    if (result.notModified) {
      await store.updateSourceFetchState(source.id, success);
      return { ...base, status: 'not-modified' };
    }
    await store.updateSourceFetchState(source.id, {
      ...success,
      etag: result.first?.etag ?? null,
      lastModified: result.first?.lastModified ?? null,
      title: source.title ?? result.title,
    });
    const { format, records, inserted, updated, edited, deleted, unchanged, requests } = result;
    return {
      ...base,
      status: 'ok',
      format: format ?? 'none',
      records,
      inserted,
      updated,
      edited,
      deleted,
      unchanged,
      requests,
      warnings,
    };
  } catch (error) {
    return recordFailure(source, error, dependencies, warnings, answered);
  }
}

/** The source's answers: its connector's, or the one conditional GET of its URL. */
function answersOf(source: Source, dependencies: RefreshDependencies, warnings: string[]): AsyncIterable<FetchedPage> {
  const { fetcher, store } = dependencies;
  const conditional = { etag: source.etag, lastModified: source.lastModified };
  const target = communityTargetOf(source.url, source.platform);
  if (!target)
    return (async function* () {
      yield await fetcher.fetchPage(source.url, conditional);
    })();
  const storedExternalIds = async (externalIds: string[]): Promise<ReadonlySet<string>> =>
    new Set((await store.recordIdsByReferences(externalIds)).keys());
  const newestStoredRecordUrl = async (): Promise<string | null> =>
    (await store.listRecords({ sourceId: source.id, limit: 1 }))[0]?.url ?? null;
  const warn = (message: string): void => void warnings.push(message);
  const context = { fetcher, sourceId: source.id, conditional, storedExternalIds, newestStoredRecordUrl, warn };
  return fetchCommunityTarget(target, context, dependencies.connectors);
}

async function recordFailure(
  source: Source,
  error: unknown,
  dependencies: RefreshDependencies,
  warnings: string[],
  answered: number,
): Promise<RefreshOutcome> {
  const { store, now } = dependencies;
  const base = { sourceId: source.id, url: source.url };
  // A note from the connector (say, a refused token) can explain the failure that followed it.
  const reason = [describeFailure(error), ...warnings].join('; ');
  const failures = source.consecutiveFailures + 1;
  const lastFetchedAt = now().toISOString();
  // 410 Gone says the resource is gone for good (RFC 9110 §15.5.11): asking again helps nobody. Only
  // the first request counts: a later page or a reply batch that is gone does not end the source.
  const gone =
    error instanceof FetchError && error.code === 'http-status' && error.status === HTTP_GONE && answered === 0;
  if (gone || failures >= MAX_CONSECUTIVE_FAILURES) {
    const why = gone
      ? 'paused: the server says it is gone for good (410)'
      : `paused after ${failures} failed fetches in a row`;
    const paused = `${why} (resume with \`undercurrent sources resume ${source.id}\`); last: ${reason}`;
    await store.updateSourceFetchState(source.id, {
      status: 'paused',
      lastError: paused,
      consecutiveFailures: failures,
      lastFetchedAt,
      nextDueAt: null,
    });
    return { ...base, status: 'paused', error: paused };
  }
  const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : null;
  const nextDueAt = nextDueAfterFailure(failures, retryAfterMs, now()).toISOString();
  await store.updateSourceFetchState(source.id, {
    status: 'failing',
    lastError: reason,
    consecutiveFailures: failures,
    lastFetchedAt,
    nextDueAt,
  });
  return { ...base, status: 'failing', error: reason, nextDueAt };
}

/** A one-line reason with the error's code when it has one. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || error.message.startsWith(code)) return error.message;
    return `${code}: ${error.message}`;
  }
  return String(error);
}
