/**
 * @module service/list-jobs
 * `undercurrent jobs` as one call: each queue's counts and its failed jobs with their errors, read
 * from the queue on the store's database (through a running service's store endpoint when it holds
 * the data folder).
 */
import type { App } from '../main.js';
import { openJobQueue } from './open-job-queue.js';
import { SERVICE_QUEUES } from './queues.js';

/** Failed jobs listed per queue, newest kept (pg-boss keeps failed jobs for its retention period). */
const MAX_FAILED_LISTED = 50;

/** One failed job. */
export interface FailedJob {
  queue: string;
  id: string;
  data: unknown;
  error: string;
  failedAt: string | null;
}

/** What `jobs` prints. */
export interface JobsListing {
  queues: Array<{ queue: string; queued: number; active: number; failed: number }>;
  failed: FailedJob[];
}

/** Counts every service queue's jobs by state, and reads the failed ones. */
export async function listJobs(app: App): Promise<JobsListing> {
  const client = await app.sqlClient();
  const boss = await openJobQueue({ client, databaseUrl: app.config.databaseUrl ?? null, supervise: false });
  try {
    const queues = [];
    const failed: FailedJob[] = [];
    for (const queue of SERVICE_QUEUES) {
      const jobs = await boss.findJobs<unknown>(queue);
      const count = (states: string[]) => jobs.filter((job) => states.includes(job.state)).length;
      queues.push({
        queue,
        queued: count(['created', 'retry']),
        active: count(['active']),
        failed: count(['failed']),
      });
      for (const job of jobs.filter((each) => each.state === 'failed').slice(-MAX_FAILED_LISTED))
        failed.push({
          queue,
          id: job.id,
          data: job.data,
          error: errorOf(job.output),
          failedAt: job.completedOn ? new Date(job.completedOn).toISOString() : null,
        });
    }
    return { queues, failed };
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

/** pg-boss stores a thrown error as the job's output ({ message, stack, … }). */
function errorOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return output === null || output === undefined ? 'unknown error' : JSON.stringify(output);
}
