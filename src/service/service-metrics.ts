/**
 * @module service/service-metrics
 * The service's Prometheus metrics (prom-client): fetches by outcome, queue depth and job latency by
 * queue, story updates, verifier drops by layer. One registry per service, served at /metrics.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { SERVICE_QUEUES } from './queues.js';

/** Job run-time buckets, seconds: a not-modified fetch takes milliseconds, a full build minutes. */
const JOB_SECONDS_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/** The metrics the jobs update, and the registry to render. */
export interface ServiceMetrics {
  registry: Registry;
  fetches: Counter<'outcome'>;
  jobSeconds: Histogram<'queue' | 'result'>;
  storyUpdates: Counter<'result'>;
  verifierDrops: Counter<'layer'>;
}

/** Creates the metrics; `queueDepth` is asked for each queue's waiting and active jobs at each scrape. */
export function createServiceMetrics(
  queueDepth: () => Promise<Array<{ queue: string; queued: number; active: number; failed: number }>>,
): ServiceMetrics {
  const registry = new Registry();
  const fetches = new Counter({
    name: 'undercurrent_fetches_total',
    help: 'Source fetches by outcome (ok, not-modified, failing, paused, skipped).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const jobSeconds = new Histogram({
    name: 'undercurrent_job_duration_seconds',
    help: 'Time to run a job, by queue and result.',
    labelNames: ['queue', 'result'] as const,
    buckets: JOB_SECONDS_BUCKETS,
    registers: [registry],
  });
  const storyUpdates = new Counter({
    name: 'undercurrent_story_updates_total',
    help: 'Story updates (an edition published), by result.',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const verifierDrops = new Counter({
    name: 'undercurrent_verifier_drops_total',
    help: 'Sentences the verifier dropped in published updates, by layer.',
    labelNames: ['layer'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'undercurrent_queue_jobs',
    help: 'Jobs in each queue by state (queued, active, failed), as the queue last reported.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const depth of await queueDepth().catch(() => [])) {
        this.set({ queue: depth.queue, state: 'queued' }, depth.queued);
        this.set({ queue: depth.queue, state: 'active' }, depth.active);
        this.set({ queue: depth.queue, state: 'failed' }, depth.failed);
      }
    },
  });
  for (const queue of SERVICE_QUEUES) jobSeconds.zero({ queue, result: 'completed' });
  return { registry, fetches, jobSeconds, storyUpdates, verifierDrops };
}
