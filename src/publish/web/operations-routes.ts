/**
 * @module publish/web/operations-routes
 * The service's operations endpoints on the site: `/readyz` (the store and the queue answer) and
 * `/metrics` (Prometheus text). The checks arrive as functions; the web layer knows no queue.
 */
import type { Hono } from 'hono';

/** What the running service answers for; absent on a plain `serve`, which has only `/healthz`. */
export interface OperationsChecks {
  /** Names each part that does not answer (`store`, `queue`); empty when ready. */
  unready(): Promise<string[]>;
  /** The metrics in Prometheus's text format, with its content type. */
  metrics(): Promise<{ contentType: string; body: string }>;
}

/** Adds `/readyz` (200, or 503 naming what is down) and `/metrics` to `app`. */
export function addOperationsRoutes(app: Hono, checks: OperationsChecks): void {
  app.get('/readyz', async (context) => {
    const down = await checks.unready().catch(() => ['service']);
    return down.length === 0 ? context.json({ status: 'ready' }) : context.json({ status: 'unready', down }, 503);
  });
  app.get('/metrics', async (context) => {
    const { contentType, body } = await checks.metrics();
    return context.body(body, 200, { 'content-type': contentType });
  });
}
