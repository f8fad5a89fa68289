/**
 * @module publish/web/serve-web-app
 * Serves a Hono app over HTTP with @hono/node-server, bound to loopback unless told otherwise.
 */
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

/** Bind to loopback by default so nothing is exposed by accident. */
export const DEFAULT_SERVE_HOST = '127.0.0.1';

/** A running server: the URL it answers on (the real port when 0 was asked) and how to stop it. */
export interface RunningWebServer {
  url: string;
  close(): Promise<void>;
}

/** Starts listening; resolves once bound. Port 0 picks a free port. Rejects if the port cannot be bound. */
export function serveWebApp(app: Hono, options: { port: number; host?: string }): Promise<RunningWebServer> {
  const host = options.host ?? DEFAULT_SERVE_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const printedHost = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${printedHost}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new Error(
            `port ${options.port} on ${host} is already in use (another undercurrent serve?); choose another with --port or server.port`,
            { cause: error },
          ),
        );
      else if (error.code === 'EACCES')
        reject(
          new Error(
            `not allowed to listen on ${host}:${options.port}; ports below 1024 need privileges, so choose a higher one with --port`,
            { cause: error },
          ),
        );
      else reject(error);
    });
  });
}
