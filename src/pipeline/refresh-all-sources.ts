/**
 * @module pipeline/refresh-all-sources
 * Refreshes every registered source that is due, in turn, reporting progress; one failing source
 * never stops the others. Sources that are paused or backing off are named with why and until when.
 */
import type { Source } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { refreshSource, type RefreshDependencies, type RefreshOutcome } from './refresh-source.js';

/** Called after each source with the number done and the total. */
export type ProgressListener = (done: number, total: number, outcome: RefreshOutcome) => void;

/** A source this run did not fetch: paused (waits for `sources resume`) or backing off after a failure. */
export interface WaitingSource {
  sourceId: string;
  url: string;
  status: 'paused' | 'backing-off';
  /** The stored reason: the last failure, or why the source was paused. */
  reason: string | null;
  /** When it will be fetched again (ISO 8601 UTC); null for a paused source, which waits for its owner. */
  nextDueAt: string | null;
}

/**
 * The sources a run at `now` skips. Paused sources wait for their owner (`sources resume`): fetching
 * them again would only repeat the failure. A failing source waits for its next due time (the backoff,
 * or the server's Retry-After).
 */
export function waitingSources(sources: readonly Source[], now: Date): WaitingSource[] {
  const nowMs = now.getTime();
  return sources.flatMap((source): WaitingSource[] => {
    const base = { sourceId: source.id, url: source.url, reason: source.lastError };
    if (source.status === 'paused') return [{ ...base, status: 'paused', nextDueAt: null }];
    if (source.status === 'failing' && source.nextDueAt !== null && Date.parse(source.nextDueAt) > nowMs) {
      return [{ ...base, status: 'backing-off', nextDueAt: source.nextDueAt }];
    }
    return [];
  });
}

/** Refreshes each due source (see {@link waitingSources} for the rest) and returns their outcomes in order. */
export async function refreshAllSources(
  dependencies: RefreshDependencies & { store: RecordStore },
  onProgress: ProgressListener = () => {},
): Promise<RefreshOutcome[]> {
  const all = await dependencies.store.listSources();
  const waiting = new Set(waitingSources(all, dependencies.now()).map((source) => source.sourceId));
  const sources = all.filter((source) => !waiting.has(source.id));
  const outcomes: RefreshOutcome[] = [];
  // Sources run one after another: the fetcher serialises per host anyway, and a small
  // installation's sources often share one host (a forum, an outlet's feeds and pages).
  for (const source of sources) {
    const outcome = await refreshSource(source, dependencies);
    outcomes.push(outcome);
    onProgress(outcomes.length, sources.length, outcome);
  }
  return outcomes;
}
