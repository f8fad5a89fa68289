/**
 * @module service/queues
 * The service's job queues (pg-boss) and the policy of each: how many may wait or run, retries with
 * backoff, and how soon a job whose worker died is handed to another.
 */
import type { Queue } from 'pg-boss';

/** Fetch one source and ingest what it returns. */
export const FETCH_SOURCE_QUEUE = 'fetch-source';
/** Update the stories from the records stored since the last update, and publish them. */
export const UPDATE_STORIES_QUEUE = 'update-stories';

/** Every queue the service works, in the order `undercurrent jobs` lists them. */
export const SERVICE_QUEUES = [FETCH_SOURCE_QUEUE, UPDATE_STORIES_QUEUE] as const;
export type ServiceQueue = (typeof SERVICE_QUEUES)[number];

/**
 * Heartbeat interval, seconds (pg-boss's minimum is 10): a worker sends one every half of it while a
 * job runs, so a job whose worker was killed is failed and retried by another after about this long.
 */
export const HEARTBEAT_SECONDS = 10;

/** Retries of a job that threw (a store error; a source's own failure is stored, not thrown). */
const RETRY_LIMIT = 3;
/** First retry delay, seconds; doubled each time (pg-boss backoff with jitter), at most {@link RETRY_DELAY_MAX_SECONDS}. */
const RETRY_DELAY_SECONDS = 15;
const RETRY_DELAY_MAX_SECONDS = 600;

/** The options of each queue, created (or updated) at start. */
export const QUEUE_OPTIONS: Readonly<Record<ServiceQueue, Omit<Queue, 'name'>>> = {
  // Jobs carry a deterministic id per source and due time (schedule-due-sources.ts), so a due time
  // is enqueued once however many schedulers see it; `exclusive` keeps one job per source queued or active.
  [FETCH_SOURCE_QUEUE]: {
    policy: 'exclusive',
    retryLimit: RETRY_LIMIT,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    retryDelayMax: RETRY_DELAY_MAX_SECONDS,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    // A connector may page through a thread: generous, since the heartbeat catches dead workers.
    expireInSeconds: 15 * 60,
  },
  // One update waits and one runs at most, across every process: a batch's stories are rewritten
  // once, and an update never races another on the story log.
  [UPDATE_STORIES_QUEUE]: {
    policy: 'stately',
    retryLimit: RETRY_LIMIT,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    retryDelayMax: RETRY_DELAY_MAX_SECONDS,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 60 * 60,
  },
};
