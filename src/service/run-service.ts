/**
 * @module service/run-service
 * `undercurrent run`: the long-running process. By role it serves the site (with /healthz, /readyz,
 * /metrics), schedules due sources, and works the job queue; on an embedded store it also serves the
 * store to other commands (store/remote/), so they keep working while it runs.
 */
import type { PgBoss } from 'pg-boss';
import type { App } from '../main.js';
import { createWebApp } from '../publish/web/create-web-app.js';
import { serveWebApp } from '../publish/web/serve-web-app.js';
import { serveStoreEndpoint } from '../store/remote/serve-store-endpoint.js';
import { scheduleDueSources } from './jobs/schedule-due-sources.js';
import { openJobQueue } from './open-job-queue.js';
import { queueDepths } from './queue-depths.js';
import { createServiceMetrics, type ServiceMetrics } from './service-metrics.js';
import { workQueues, type WorkOptions } from './work-queues.js';

export const SERVICE_ROLES = ['all', 'web', 'worker'] as const;
/** all: everything; web: the site and its endpoints; worker: schedule and work jobs. */
export type ServiceRole = (typeof SERVICE_ROLES)[number];

/** Seconds between scheduler passes (Miniflux's default POLLING_FREQUENCY is 60 minutes for a batch; sources here carry their own due times, so the pass only looks). */
export const DEFAULT_SCHEDULE_EVERY_SECONDS = 30;
/** Seconds a stopping service gives running jobs to finish before releasing them: under the 10 s a supervisor allows. */
export const STOP_TIMEOUT_MS = 7_000;

export interface ServiceOptions extends WorkOptions {
  role: ServiceRole;
  scheduleEverySeconds: number;
  /** pg-boss's check for jobs of dead workers, seconds; default pg-boss's. */
  superviseIntervalSeconds?: number;
}

/** The running service: its site's URL (null for a worker) and its graceful stop. */
export interface RunningService {
  url: string | null;
  stop(): Promise<void>;
}

/**
 * Steps: (1) open the store; (2) on an embedded store, serve it to other commands; (3) open the
 * queue; (4) the web role's site with its operations routes; (5) the worker role's scheduler pass and
 * queue work. `stop` undoes them in reverse: no new jobs, running ones finished or released, then
 * the site, the store endpoint and the store.
 */
export async function startService(app: App, options: ServiceOptions): Promise<RunningService> {
  const store = await app.store();
  const client = await app.sqlClient();
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
  };
  try {
    if (client.embedded) stops.push((await serveStoreEndpoint(client.embedded, app.config.dataDir)).close);
    const worker = options.role !== 'web';
    const boss = await openJobQueue({
      client,
      databaseUrl: app.config.databaseUrl ?? null,
      supervise: worker,
      ...(options.superviseIntervalSeconds === undefined
        ? {}
        : { superviseIntervalSeconds: options.superviseIntervalSeconds }),
    });
    stops.push(() => boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, close: true }));
    const metrics = createServiceMetrics(() => queueDepths(boss));
    let url: string | null = null;
    if (options.role !== 'worker') {
      const server = await serveSite(app, boss, metrics);
      stops.push(server.close);
      url = server.url;
    }
    if (worker) {
      await workQueues(app, boss, metrics, options);
      stops.push(startScheduler(app, boss, options));
    }
    return { url, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
  function serveSite(app: App, boss: PgBoss, metrics: ServiceMetrics) {
    const operations = {
      async unready() {
        const down: string[] = [];
        await store.listSources().catch(() => down.push('store'));
        await boss.getQueues().catch(() => down.push('queue'));
        return down;
      },
      async metrics() {
        return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
      },
    };
    return serveWebApp(createWebApp({ store, siteTitle: app.config.siteTitle, operations }), app.config.server);
  }
}

/** Runs a scheduler pass now and every `scheduleEverySeconds`; returns its stop. */
function startScheduler(app: App, boss: PgBoss, options: ServiceOptions): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const pass = () => {
    running = running.then(async () => {
      const enqueued = await scheduleDueSources(await app.store(), boss, app.now()).catch((error: unknown) => {
        options.log('schedule-failed', { error: (error as Error).message });
        return 0;
      });
      if (enqueued > 0) options.log('sources-scheduled', { enqueued });
    });
  };
  pass();
  const timer = setInterval(pass, options.scheduleEverySeconds * 1000);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
