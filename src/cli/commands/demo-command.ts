/**
 * @module cli/commands/demo-command
 * `undercurrent demo`: serve the bundled demo corpus on loopback as the real sites would, register
 * its URLs as sources, fetch them through the real fetcher, build an edition and serve it.
 */
import type { Command } from 'commander';
import { startDemoSite } from '../../demo/start-demo-site.js';
import { createConfiguredFetcher, createEngine } from '../../main.js';
import { buildEdition } from '../../pipeline/build-edition.js';
import { refreshAllSources } from '../../pipeline/refresh-all-sources.js';
import { registerDemoSources } from '../../pipeline/register-demo-sources.js';
import { createWebApp } from '../../publish/web/create-web-app.js';
import { serveWebApp } from '../../publish/web/serve-web-app.js';
import { parseIntegerOption, type CliContext } from '../cli-context.js';
import { createProgress } from '../progress.js';
import { waitForSignal } from './serve-command.js';

export function registerDemoCommand(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description(
      'build the demo edition from the bundled corpus, offline, and serve it; its data go to ./undercurrent-demo-data (or --data DIR / UNDERCURRENT_DATA), never your own ./undercurrent-data',
    )
    .option('--no-serve', 'build the edition, then exit')
    .option('--port <n>', 'port for the edition website (default 8780)')
    .option('--json', 'print { records, byPlatform, stories, edition } as JSON')
    .action(async (options: { serve: boolean; port?: string; json?: boolean }) => {
      const port = options.port === undefined ? undefined : parseIntegerOption(options.port, '--port');
      const config = context.config({ port });
      // The demo keeps its fictional records out of the user's own store (--data or UNDERCURRENT_DATA still choose).
      const store = await context.store(config.demoDataDir);
      context.info(`demo data folder: ${config.demoDataDir}`);
      const site = await startDemoSite();
      try {
        context.info(`demo corpus served at ${site.url} (${site.sources.length} sources)`);
        await registerDemoSources(store, site.sources);
        // The demo is one of the two callers allowed to fetch from loopback (the other is the test suite).
        const fetcher = createConfiguredFetcher(
          { ...config, fetch: { ...config.fetch, perHostSpacingMs: config.fetch.perHostSpacingMs ?? 0 } },
          { allowLoopback: true },
        );
        const fetchProgress = createProgress(context.io, 'fetching', { quiet: options.json });
        const outcomes = await refreshAllSources({ store, fetcher, now: () => new Date() }, (done, total) =>
          fetchProgress.update(done, total),
        );
        fetchProgress.stop();
        for (const outcome of outcomes)
          if (outcome.status === 'failing') context.info(`FAILING ${outcome.url}: ${outcome.error}`);
        const buildProgress = createProgress(context.io, 'writing stories', { quiet: options.json });
        const { edition } = await buildEdition(
          { store, engine: createEngine(config), now: () => new Date(), publisherFamilies: config.publisherFamilies },
          (done, total) => buildProgress.update(done, total),
        );
        buildProgress.stop();
        const byPlatform = await store.countRecordsByPlatform();
        if (options.json)
          context.json({
            records: edition.stats.records,
            byPlatform,
            stories: edition.stats.stories,
            edition: edition.id,
          });
        else {
          context.info(
            `edition ${edition.id}: ${edition.stats.stories} stories from ${edition.stats.records} records ` +
              `(${Object.entries(byPlatform)
                .map(([platform, count]) => `${platform} ${count}`)
                .join(', ')}); ` +
              `${edition.stats.sentencesPublished} sentences published, ${edition.stats.sentencesDropped} dropped by the verifier`,
          );
        }
      } finally {
        await site.close();
      }
      if (!options.serve) return;
      const server = await serveWebApp(createWebApp({ store, siteTitle: config.siteTitle }), config.server);
      context.info(`open ${server.url} to read the demo edition (Ctrl-C to stop)`);
      await waitForSignal();
      await server.close();
    });
}
