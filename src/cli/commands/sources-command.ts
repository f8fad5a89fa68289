/**
 * @module cli/commands/sources-command
 * `undercurrent sources add|list|remove`: the sources a person follows.
 */
import type { Command } from 'commander';
import { PLATFORMS, RECORD_KINDS, type Source } from '../../model/index.js';
import { registerSource } from '../../pipeline/register-source.js';
import { removeSource } from '../../pipeline/remove-source.js';
import { CommandError, type CliContext } from '../cli-context.js';
import { formatTable } from '../format-table.js';
import { registerOpmlCommands } from './sources-opml-commands.js';
import { describeInterval, parseEveryOption, registerSourcesSetCommand } from './sources-set-command.js';
import { parseHttpUrl, parseKind, parsePlatform } from './source-options.js';

/** "now" for a source `fetch` will try, the time for one waiting out a failure, "on resume" for a paused one. */
function nextDueOf(source: Source): string {
  if (source.status === 'paused') return 'on resume';
  return source.nextDueAt ?? 'now';
}

export function registerSourcesCommand(program: Command, context: CliContext): void {
  const sources = program.command('sources').description('manage the sources that `fetch` reads');

  sources
    .command('add <url>')
    .description(
      'register a URL to fetch: a feed, a page (its advertised feed is followed), a community URL (subreddit, thread, search, post, tag, topic), or a forum thread or comment section (followed page by page)',
    )
    .option('--kind <kind>', `press or community (${RECORD_KINDS.join('|')}); default from what the URL is`)
    .option('--platform <platform>', `force a platform (${PLATFORMS.join('|')}); detected otherwise`)
    .option(
      '--venue <name>',
      'the community or outlet name its records carry (e.g. "Loom" for a Discourse that names only its host)',
    )
    .option('--every <duration>', 'interval between fetches (90s, 30m, 2h, 1d); default adapts to the source')
    .option('--json', 'print the source and how it was recognised as JSON')
    .action(
      async (
        url: string,
        options: { kind?: string; platform?: string; venue?: string; every?: string; json?: boolean },
      ) => {
        const everySeconds = options.every === undefined ? null : parseEveryOption(options.every);
        const kind = options.kind === undefined ? null : parseKind(options.kind);
        const platform = options.platform === undefined ? null : parsePlatform(options.platform);
        const parsed = parseHttpUrl(url);
        const app = context.app();
        // The detection fetcher: a slow site must not hold the command for the full fetch deadline.
        const { source, detected, existed } = await registerSource(
          parsed,
          { kind, platform, venue: options.venue ?? null },
          { store: await app.store(), fetcher: app.detectionFetcher },
        );
        if (everySeconds !== null) {
          await (await app.store()).updateSourceSchedule(source.id, { everySeconds });
          source.everySeconds = everySeconds;
        }
        if (options.json)
          return context.json({ ...source, detection: { method: detected.method, note: detected.note } });
        if (existed) return context.info(`already registered: ${source.id} ${source.url}`);
        context.info(
          `added ${source.id} ${source.url} (${source.kind}${source.platform ? `, ${source.platform}` : ''}): ${detected.note}`,
        );
      },
    );

  sources
    .command('list')
    .description('list sources with their state: last fetch, last error, next due time, record count')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const store = await context.app().store();
      const list = await store.listSources();
      const counts = await store.countRecordsBySource();
      if (options.json) return context.json(list.map((source) => ({ ...source, records: counts.get(source.id) ?? 0 })));
      if (list.length === 0) return context.info('no sources yet; add one with `undercurrent sources add URL`');
      context.io.stdout.write(
        formatTable(
          ['id', 'kind', 'platform', 'status', 'records', 'last fetch', 'next due', 'interval', 'url / last error'],
          list.map((source) => [
            source.id,
            source.kind,
            source.platform ?? 'auto',
            source.consecutiveFailures > 0 && source.status !== 'paused'
              ? `${source.status} (${source.consecutiveFailures}x)`
              : source.status,
            String(counts.get(source.id) ?? 0),
            source.lastFetchedAt ?? 'never',
            nextDueOf(source),
            describeInterval(source),
            source.lastError ? `${source.url}\n  ${source.lastError}` : source.url,
          ]),
        ),
      );
    });

  sources
    .command('resume <id>')
    .description('resume a paused source: the next fetch tries it again')
    .action(async (id: string) => {
      const app = context.app();
      const store = await app.store();
      const source = await store.sourceById(id);
      if (!source) throw new CommandError(`no source with id ${id}; see \`undercurrent sources list\``);
      await store.updateSourceFetchState(id, {
        status: 'new',
        lastError: source.lastError,
        consecutiveFailures: 0,
        lastFetchedAt: source.lastFetchedAt ?? app.now().toISOString(),
        nextDueAt: null,
      });
      context.info(`resumed ${id} ${source.url}`);
    });

  sources
    .command('remove <id>')
    .description('remove a source; its records stay unless --purge')
    .option('--purge', 'also remove its records, and their raw payloads once no other record needs them')
    .action(async (id: string, options: { purge?: boolean }) => {
      const removed = await removeSource(await context.app().store(), id, { purge: options.purge === true });
      if (!removed) throw new CommandError(`no source with id ${id}; see \`undercurrent sources list\``);
      context.info(`removed ${id}${removed.records ? ` and its ${removed.records.records} records` : ''}`);
    });

  registerSourcesSetCommand(sources, context);
  registerOpmlCommands(sources, context);
}
