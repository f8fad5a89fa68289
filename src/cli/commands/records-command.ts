/**
 * @module cli/commands/records-command
 * `undercurrent records list|show|remove`: what has been stored.
 */
import type { Command } from 'commander';
import { PLATFORMS, type Platform } from '../../model/index.js';
import { CommandError, parseIntegerOption, type CliContext } from '../cli-context.js';
import { formatTable, terminalText } from '../format-table.js';
import { formatEnrichment } from '../format-enrichment.js';
import { enrichRecords } from '../../enrich/enrich-records.js';

/** Default rows for `records list`: one screenful. */
const DEFAULT_LIST_LIMIT = 50;

export function registerRecordsCommand(program: Command, context: CliContext): void {
  const records = program.command('records').description('inspect stored records');

  records
    .command('list')
    .description('list records, newest first')
    .option('--platform <platform>', `only this platform (${PLATFORMS.join('|')})`)
    .option('--limit <n>', 'at most this many', String(DEFAULT_LIST_LIMIT))
    .option('--json', 'print JSON')
    .action(async (options: { platform?: string; limit: string; json?: boolean }) => {
      if (options.platform !== undefined && !(PLATFORMS as readonly string[]).includes(options.platform)) {
        throw new CommandError(`--platform must be one of ${PLATFORMS.join(', ')}; got "${options.platform}"`, 2);
      }
      const limit = parseIntegerOption(options.limit, '--limit');
      const list = await (await context.app().store()).listRecords({
        platform: options.platform as Platform | undefined,
        limit,
      });
      if (options.json) return context.json(list);
      context.io.stdout.write(
        formatTable(
          ['id', 'platform', 'kind', 'published', 'venue', 'title / start of text'],
          list.map((record) => [
            record.id,
            record.platform,
            record.kind,
            record.publishedAt?.slice(0, 16).replace('T', ' ') ?? '-',
            record.venue ?? '-',
            (record.title ?? record.text).replace(/\s+/g, ' ').slice(0, 70),
          ]),
        ),
      );
    });

  records
    .command('show <id>')
    .description(
      'show one record with its cleaned text and what the engine read in it (language, entities, figures, dates)',
    )
    .option('--json', 'print JSON: the record and its `enrichment`')
    .action(async (id: string, options: { json?: boolean }) => {
      const store = await context.app().store();
      const record = await store.recordById(id);
      if (!record) throw new CommandError(`no record with id ${id}; see \`undercurrent records list\``);
      // The stored enrichment, recomputed (and stored) if this version of the code computes it differently.
      const enrichment = (await enrichRecords(store, [record])).get(record.id)!;
      if (options.json) return context.json({ ...record, enrichment });
      const lines = [
        record.title ?? '(untitled)',
        `${record.platform} · ${record.kind} · ${record.venue ?? 'unknown venue'} · ${record.author ?? 'unknown author'}`,
        `published ${record.publishedAt ?? 'unknown'} · fetched ${record.fetchedAt}`,
        record.url ? `url ${record.url}` : null,
        record.threadId ? `thread ${record.threadId}${record.parentId ? ` · parent ${record.parentId}` : ''}` : null,
        `engagement ${JSON.stringify(record.engagement)} · raw ${record.rawHash}`,
        ...formatEnrichment(enrichment),
        '',
        record.text,
      ].filter((line): line is string => line !== null);
      context.io.stdout.write(`${terminalText(lines.join('\n'))}\n`);
    });

  records
    .command('remove <id>')
    .description('remove a record, its change log and enrichment, and its raw payload once no other record needs it')
    .action(async (id: string) => {
      const removed = await (await context.app().store()).removeRecords([id]);
      if (removed.records === 0) throw new CommandError(`no record with id ${id}; see \`undercurrent records list\``);
      context.info(`removed ${id}${removed.payloads > 0 ? ' and its raw payload' : ''}`);
    });
}
