/**
 * @module service/jobs/schedule-due-sources
 * The scheduler's pass: a fetch job for every source due now. Each job's id is derived from the
 * source and the due time it answers, so however many processes run the pass, a due time is
 * enqueued once (pg-boss inserts a job id already present as nothing).
 */
import { createHash } from 'node:crypto';
import type { PgBoss } from 'pg-boss';
import type { Source } from '../../model/index.js';
import type { RecordStore } from '../../store/record-store.js';
import { FETCH_SOURCE_QUEUE } from '../queues.js';
import type { FetchSourceData } from './fetch-source-job.js';

/**
 * The due time a source answers, as a key: its next due time, or, when it has none (new, resumed,
 * rescheduled: due at once), its last fetch (or creation), which the next fetch changes. Null when
 * it is not due at `now` or is paused.
 */
export function dueKeyOf(source: Source, now: Date): string | null {
  if (source.status === 'paused') return null;
  if (source.nextDueAt !== null)
    return Date.parse(source.nextDueAt) <= now.getTime() ? `${source.id}@${source.nextDueAt}` : null;
  return `${source.id}@since:${source.lastFetchedAt ?? source.createdAt}`;
}

/** A UUID (the shape pg-boss's ids take) made from a key: the same key, the same id. */
export function jobIdOf(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Enqueues a fetch for each due source; returns how many were new (a due time already enqueued counts 0). */
export async function scheduleDueSources(store: RecordStore, boss: PgBoss, now: Date): Promise<number> {
  const jobs = (await store.listSources()).flatMap((source) => {
    const key = dueKeyOf(source, now);
    if (key === null) return [];
    const data: FetchSourceData = { sourceId: source.id };
    return [{ id: jobIdOf(key), data, singletonKey: source.id }];
  });
  if (jobs.length === 0) return 0;
  return (await boss.insert(FETCH_SOURCE_QUEUE, jobs))?.length ?? 0;
}
