/**
 * @module cli/commands/serve-command
 * `undercurrent serve`: publish the stored editions over HTTP (read-only).
 */
import type { Command } from 'commander';
import { createWebApp } from '../../publish/web/create-web-app.js';
import { serveWebApp } from '../../publish/web/serve-web-app.js';
import { parseIntegerOption, type CliContext } from '../cli-context.js';

export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the latest edition, its stories and records as a website')
    .option('--port <n>', 'port to listen on (default 8780, or UNDERCURRENT_PORT)')
    .option('--host <host>', 'address to bind (default 127.0.0.1, or UNDERCURRENT_HOST)')
    .action(async (options: { port?: string; host?: string }) => {
      const port = options.port === undefined ? undefined : parseIntegerOption(options.port, '--port');
      const app = context.app({ port, host: options.host });
      const store = await app.store();
      const server = await serveWebApp(createWebApp({ store, siteTitle: app.config.siteTitle }), app.config.server);
      context.info(`serving ${server.url} (Ctrl-C to stop)`);
      await waitForSignal();
      await server.close();
    });
}

/** Resolves on SIGINT or SIGTERM, so the runner can close the store cleanly. */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
