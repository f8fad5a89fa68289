/**
 * @module service/work-queues
 * A worker's part: it works the fetch and update queues, asks for a story update after a fetch that
 * stored something, and counts what it did in the metrics.
 */
import type { PgBoss } from 'pg-boss';
import type { App } from '../main.js';
import { changedRecords, fetchSourceJob, type FetchSourceData } from './jobs/fetch-source-job.js';
import { updateStoriesJob } from './jobs/update-stories-job.js';
import { FETCH_SOURCE_QUEUE, UPDATE_STORIES_QUEUE } from './queues.js';
import type { ServiceMetrics } from './service-metrics.js';

export interface WorkOptions {
  /** Fetch jobs one process runs at once. */
  fetchConcurrency: number;
  /** Seconds a story update waits after the fetch that asked for it, so one update covers a batch. */
  storiesDebounceSeconds: number;
  /** Seconds between a worker's polls of each queue. */
  pollSeconds: number;
  /** Receives one line per event (noun first: `source-fetched`, `stories-updated`). */
  log: (event: string, fields: Record<string, unknown>) => void;
}

/** Starts working both queues; pg-boss's `stop` ends the work. */
export async function workQueues(app: App, boss: PgBoss, metrics: ServiceMetrics, options: WorkOptions): Promise<void> {
  const timed = async <T>(queue: string, work: () => Promise<T>): Promise<T> => {
    const stop = metrics.jobSeconds.startTimer({ queue });
    try {
      const result = await work();
      stop({ result: 'completed' });
      return result;
    } catch (error) {
      stop({ result: 'failed' });
      throw error;
    }
  };
  await boss.work<FetchSourceData>(
    FETCH_SOURCE_QUEUE,
    { batchSize: 1, localConcurrency: options.fetchConcurrency, pollingIntervalSeconds: options.pollSeconds },
    async ([job]) => {
      if (!job) return;
      const result = await timed(FETCH_SOURCE_QUEUE, () => fetchSourceJob(app, job.data));
      metrics.fetches.inc({ outcome: result.status });
      options.log('source-fetched', { sourceId: job.data.sourceId, status: result.status });
      // `stately`: when an update is waiting already, this adds nothing; that one will read these records.
      if (changedRecords(result))
        await boss.send(UPDATE_STORIES_QUEUE, {}, { startAfter: options.storiesDebounceSeconds });
    },
  );
  await boss.work(UPDATE_STORIES_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollSeconds }, async () => {
    const update = await timed(UPDATE_STORIES_QUEUE, () => updateStoriesJob(app)).catch((error: unknown) => {
      metrics.storyUpdates.inc({ result: 'failed' });
      throw error;
    });
    metrics.storyUpdates.inc({ result: update.editionId === null ? 'no-records' : 'published' });
    for (const [layer, count] of Object.entries(update.droppedByLayer)) metrics.verifierDrops.inc({ layer }, count);
    options.log('stories-updated', { editionId: update.editionId, stories: update.stories });
  });
}
