/**
 * @module pipeline/refresh-due-sources
 * `fetch` as one call: every due source refreshed, and the sources this run skipped (paused or
 * backing off) named with why and until when.
 */
import type { RecordStore } from '../store/record-store.js';
import { refreshAllSources, waitingSources, type ProgressListener, type WaitingSource } from './refresh-all-sources.js';
import type { RefreshDependencies, RefreshOutcome } from './refresh-source.js';

/** One fetch run: each due source's outcome in order, and each source skipped. */
export interface DueSourcesRefresh {
  outcomes: RefreshOutcome[];
  waiting: WaitingSource[];
}

/** Steps: (1) the sources waiting at `now` (before the run changes any); (2) refresh the rest. */
export async function refreshDueSources(
  dependencies: RefreshDependencies & { store: RecordStore },
  onProgress: ProgressListener = () => {},
): Promise<DueSourcesRefresh> {
  const waiting = waitingSources(await dependencies.store.listSources(), dependencies.now());
  const outcomes = await refreshAllSources(dependencies, onProgress);
  return { outcomes, waiting };
}
