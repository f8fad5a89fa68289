/**
 * @module pipeline/refresh-source
 * Fetches one source and ingests what it returns. A failure is stored on the source with its reason
 * and returned; it never stops the run and never touches records already stored.
 */
import type { Source } from '../model/index.js';
import type { Fetcher } from '../fetch/fetched-page.js';
import type { RecordStore } from '../store/record-store.js';
import { ingestPayload } from './ingest-payload.js';

export type RefreshOutcome =
  | { sourceId: string; url: string; status: 'ok'; format: string; records: number; inserted: number; updated: number }
  | { sourceId: string; url: string; status: 'not-modified' }
  | { sourceId: string; url: string; status: 'failing'; error: string }
  | { sourceId: string; url: string; status: 'paused'; error: string };

/**
 * Failed fetches in a row after which a source is paused (Miniflux's POLLING_PARSING_ERROR_LIMIT is
 * 3; a little more patience here, since a community API can be down for an evening).
 */
export const MAX_CONSECUTIVE_FAILURES = 5;

export interface RefreshDependencies {
  store: RecordStore;
  fetcher: Fetcher;
  now: () => Date;
}

/**
 * Steps: conditional fetch; on 304 record the check; else ingest the payload; store the outcome on
 * the source. A failure counts towards {@link MAX_CONSECUTIVE_FAILURES}, at which the source is paused.
 */
export async function refreshSource(source: Source, dependencies: RefreshDependencies): Promise<RefreshOutcome> {
  const { store, fetcher, now } = dependencies;
  const base = { sourceId: source.id, url: source.url };
  try {
    const page = await fetcher.fetchPage(source.url, { etag: source.etag, lastModified: source.lastModified });
    if (page.notModified) {
      await store.updateSourceFetchState(source.id, { status: 'ok', lastError: null, consecutiveFailures: 0, lastFetchedAt: page.fetchedAt });
      return { ...base, status: 'not-modified' };
    }
    const result = await ingestPayload(
      store,
      { bytes: page.body, contentType: page.contentType, url: page.url },
      { sourceId: source.id, kind: source.kind, venue: source.venue, receivedAt: page.fetchedAt },
    );
    await store.updateSourceFetchState(source.id, {
      status: 'ok',
      lastError: null,
      consecutiveFailures: 0,
      lastFetchedAt: page.fetchedAt,
      etag: page.etag,
      lastModified: page.lastModified,
      title: source.title ?? result.title,
    });
    return { ...base, status: 'ok', format: result.format, records: result.records.length, inserted: result.inserted, updated: result.updated };
  } catch (error) {
    const reason = describeFailure(error);
    const failures = source.consecutiveFailures + 1;
    if (failures >= MAX_CONSECUTIVE_FAILURES) {
      const paused = `paused after ${failures} failed fetches in a row (resume with \`undercurrent sources resume ${source.id}\`); last: ${reason}`;
      await store.updateSourceFetchState(source.id, { status: 'paused', lastError: paused, consecutiveFailures: failures, lastFetchedAt: now().toISOString() });
      return { ...base, status: 'paused', error: paused };
    }
    await store.updateSourceFetchState(source.id, { status: 'failing', lastError: reason, consecutiveFailures: failures, lastFetchedAt: now().toISOString() });
    return { ...base, status: 'failing', error: reason };
  }
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
