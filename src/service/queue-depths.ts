/**
 * @module service/queue-depths
 * How many jobs wait, run and failed in each of the service's queues, for `/metrics` and `undercurrent jobs`.
 */
import type { PgBoss } from 'pg-boss';
import { SERVICE_QUEUES } from './queues.js';

/** One queue's counts. */
export interface QueueDepth {
  queue: string;
  queued: number;
  active: number;
  failed: number;
}

/** The counts of each service queue (zero for one not created yet). */
export async function queueDepths(boss: PgBoss): Promise<QueueDepth[]> {
  const queues = await boss.getQueues([...SERVICE_QUEUES]);
  return SERVICE_QUEUES.map((name) => {
    const found = queues.find((queue) => queue.name === name);
    return {
      queue: name,
      queued: found?.queuedCount ?? 0,
      active: found?.activeCount ?? 0,
      failed: found?.failedCount ?? 0,
    };
  });
}
