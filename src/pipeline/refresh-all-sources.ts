/**
 * @module pipeline/refresh-all-sources
 * Refreshes every registered source in turn, reporting progress; one failing source never stops the others.
 */
import type { RecordStore } from '../store/record-store.js';
import { refreshSource, type RefreshDependencies, type RefreshOutcome } from './refresh-source.js';

/** Called after each source with the number done and the total. */
export type ProgressListener = (done: number, total: number, outcome: RefreshOutcome) => void;

export async function refreshAllSources(
  dependencies: RefreshDependencies & { store: RecordStore },
  onProgress: ProgressListener = () => {},
): Promise<RefreshOutcome[]> {
  // Paused sources wait for their owner (`sources resume`): fetching them again would only repeat the failure.
  // A failing source waits for its next due time (the backoff, or the server's Retry-After).
  const nowMs = dependencies.now().getTime();
  const sources = (await dependencies.store.listSources()).filter(
    (source) => source.status !== 'paused' && !(source.status === 'failing' && source.nextDueAt !== null && Date.parse(source.nextDueAt) > nowMs),
  );
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
