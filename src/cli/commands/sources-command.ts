/**
 * @module cli/commands/sources-command
 * `undercurrent sources add|list|remove`: the sources a person follows.
 */
import type { Command } from 'commander';
import { PLATFORMS, RECORD_KINDS, type Platform, type RecordKind } from '../../model/index.js';
import { CommandError, type CliContext } from '../cli-context.js';
import { formatTable } from '../format-table.js';
import { registerOpmlCommands } from './sources-opml-commands.js';
import { parseHttpUrl, parseKind, parsePlatform } from './source-options.js';

export function registerSourcesCommand(program: Command, context: CliContext): void {
  const sources = program.command('sources').description('manage the sources that `fetch` reads');

  sources
    .command('add <url>')
    .description('register a URL to fetch (a feed, an article page, or a community API URL)')
    .requiredOption('--kind <kind>', `press or community (${RECORD_KINDS.join('|')})`)
    .option('--platform <platform>', `force a platform (${PLATFORMS.join('|')}); detected from the payload otherwise`)
    .option('--venue <name>', 'the community or outlet name its records carry (e.g. "Loom" for a Discourse that names only its host)')
    .option('--json', 'print the source as JSON')
    .action(async (url: string, options: { kind: string; platform?: string; venue?: string; json?: boolean }) => {
      const kind = parseKind(options.kind);
      const platform = options.platform === undefined ? null : parsePlatform(options.platform);
      const parsed = parseHttpUrl(url);
      const store = await context.store();
      const existed = await store.sourceUrlExists(parsed);
      const source = await store.addSource({ url: parsed, kind, platform, venue: options.venue?.trim() || null });
      if (options.json) context.json(source);
      else context.info(existed ? `already registered: ${source.id} ${source.url}` : `added ${source.id} ${source.url} (${kind}${platform ? `, ${platform}` : ''})`);
    });

  sources
    .command('list')
    .description('list sources with their state: last fetch, last error')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const list = await (await context.store()).listSources();
      if (options.json) return context.json(list);
      if (list.length === 0) return context.info('no sources yet; add one with `undercurrent sources add URL --kind press|community`');
      context.io.stdout.write(
        formatTable(
          ['id', 'kind', 'platform', 'status', 'last fetch', 'url / last error'],
          list.map((source) => [
            source.id,
            source.kind,
            source.platform ?? 'auto',
            source.consecutiveFailures > 0 && source.status !== 'paused' ? `${source.status} (${source.consecutiveFailures}x)` : source.status,
            source.lastFetchedAt ?? 'never',
            source.lastError ? `${source.url}\n  ${source.lastError}` : source.url,
          ]),
        ),
      );
    });

  sources
    .command('resume <id>')
    .description('resume a paused source: the next fetch tries it again')
    .action(async (id: string) => {
      const store = await context.store();
      const source = await store.sourceById(id);
      if (!source) throw new CommandError(`no source with id ${id}; see \`undercurrent sources list\``);
      await store.updateSourceFetchState(id, { status: 'new', lastError: source.lastError, consecutiveFailures: 0, lastFetchedAt: source.lastFetchedAt ?? new Date().toISOString() });
      context.info(`resumed ${id} ${source.url}`);
    });

  sources
    .command('remove <id>')
    .description('remove a source; its records stay')
    .action(async (id: string) => {
      const removed = await (await context.store()).removeSource(id);
      if (!removed) throw new CommandError(`no source with id ${id}; see \`undercurrent sources list\``);
      context.info(`removed ${id}`);
    });

  registerOpmlCommands(sources, context);
}
