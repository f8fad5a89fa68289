/**
 * @module service/jobs/fetch-source-job
 * One source fetched and its answers ingested (pipeline/refresh-source), then its next due time set
 * from its interval (sources/next-interval).
 */
import type { App } from '../../main.js';
import { recordTime, type Source } from '../../model/index.js';
import { refreshSourceSafely } from '../../pipeline/refresh-all-sources.js';
import type { RefreshOutcome } from '../../pipeline/refresh-source.js';
import { nextInterval } from '../../sources/next-interval.js';
import type { RecordStore } from '../../store/record-store.js';

/** Records read to measure a source's entry rate: enough for a week of a busy feed at the 5-minute floor's pace. */
export const RATE_SAMPLE_RECORDS = 200;

/** A fetch job's payload. */
export interface FetchSourceData {
  sourceId: string;
}

/** What the job did: the refresh's outcome, or `skipped` when the source is gone or paused. */
export type FetchSourceResult = RefreshOutcome | { sourceId: string; status: 'skipped' };

/**
 * Steps: (1) read the source (gone or paused: skip); (2) refresh it as a run does (reasons made storable,
 * a thrown error stored as a failure), its next due time set from
 * {@link nextInterval} on success (a failure keeps the backoff refreshSource sets).
 */
export async function fetchSourceJob(app: App, data: FetchSourceData): Promise<FetchSourceResult> {
  const store = await app.store();
  const source = await store.sourceById(data.sourceId);
  if (!source || source.status === 'paused') return { sourceId: data.sourceId, status: 'skipped' };
  return refreshSourceSafely(source, {
    store,
    fetcher: app.fetcher,
    now: app.now,
    connectors: app.connectors,
    nextDueAfterSuccess: (fetched) => scheduleNext(store, fetched, app.now()),
  });
}

/** Stores the interval in force and returns the next due time. */
async function scheduleNext(store: RecordStore, source: Source, now: Date): Promise<string> {
  const recent = await store.listRecords({ sourceId: source.id, limit: RATE_SAMPLE_RECORDS });
  const intervalSeconds = nextInterval({
    now,
    everySeconds: source.everySeconds,
    community: source.kind === 'community',
    recordTimes: recent.map(recordTime),
    // TODO(issue 15 §4): the feed's ttl and Cache-Control max-age, once the fetcher exposes them.
    serverHintSeconds: null,
  });
  await store.updateSourceSchedule(source.id, { intervalSeconds });
  return new Date(now.getTime() + intervalSeconds * 1000).toISOString();
}

/** True when the refresh stored new, changed or deleted records, so the stories need an update. */
export function changedRecords(result: FetchSourceResult): boolean {
  return result.status === 'ok' && result.inserted + result.updated + result.edited + result.deleted > 0;
}
