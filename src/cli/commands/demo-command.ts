/**
 * @module cli/commands/demo-command
 * `undercurrent demo`: serve the bundled demo corpus on loopback as the real sites would, register
 * its URLs as sources, fetch them through the real fetcher, build an edition and serve it.
 */
import type { Command } from 'commander';
import { buildDemoEdition } from '../../pipeline/build-demo-edition.js';
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
      // The demo's app is the one whose fetcher may reach loopback, where the bundled site listens.
      const app = context.app({ port, demo: true });
      const store = await app.store();
      context.info(`demo data folder: ${app.config.dataDir}`);
      const fetching = createProgress(context.io, 'fetching', { quiet: options.json });
      const writing = createProgress(context.io, 'writing stories', { quiet: options.json });
      const { edition, byPlatform } = await buildDemoEdition(
        {
          store,
          fetcher: app.fetcher,
          connectors: app.connectors,
          engine: app.engine,
          now: app.now,
          publisherFamilies: app.config.publisherFamilies,
        },
        {
          siteStarted: (site) => context.info(`demo corpus served at ${site.url} (${site.sources.length} sources)`),
          fetchProgress: (done, total) => fetching.update(done, total),
          fetched(outcomes) {
            fetching.stop();
            for (const outcome of outcomes)
              if (outcome.status === 'failing') context.info(`FAILING ${outcome.url}: ${outcome.error}`);
          },
          buildProgress: (done, total) => writing.update(done, total),
        },
      );
      writing.stop();
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
      if (!options.serve) return;
      const server = await serveWebApp(createWebApp({ store, siteTitle: app.config.siteTitle }), app.config.server);
      context.info(`open ${server.url} to read the demo edition (Ctrl-C to stop)`);
      await waitForSignal();
      await server.close();
    });
}
