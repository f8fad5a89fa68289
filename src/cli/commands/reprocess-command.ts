/**
 * @module cli/commands/reprocess-command
 * `undercurrent reprocess [--source ID]`: re-parse stored raw payloads with today's code, offline.
 */
import type { Command } from 'commander';
import { reprocessPayloads } from '../../pipeline/reprocess-payloads.js';
import { CommandError, type CliContext } from '../cli-context.js';

export function registerReprocessCommand(program: Command, context: CliContext): void {
  program
    .command('reprocess')
    .description(
      "re-parse the stored raw payloads with this version's parsers (no network); only records that change are written, and every record's enrichment is recomputed",
    )
    .option('--source <id>', "only the payloads of this source's records")
    .option('--json', "print each payload's outcome as JSON")
    .action(async (options: { source?: string; json?: boolean }) => {
      const store = await context.app().store();
      if (options.source && !(await store.sourceById(options.source))) {
        throw new CommandError(`no source with id ${options.source}; see \`undercurrent sources list\``);
      }
      const outcomes = await reprocessPayloads(store, options.source ? { sourceId: options.source } : {});
      const failed = outcomes.filter((outcome) => outcome.status === 'failed');
      if (options.json) return context.json({ payloads: outcomes.length, failed: failed.length, outcomes });
      let inserted = 0;
      let updated = 0;
      let unchanged = 0;
      for (const outcome of outcomes) {
        if (outcome.status === 'failed') context.info(`FAILED ${outcome.rawHash.slice(0, 12)}: ${outcome.error}`);
        else {
          inserted += outcome.inserted;
          updated += outcome.updated;
          unchanged += outcome.unchanged;
        }
      }
      context.info(
        `reprocessed ${outcomes.length} payloads: ${inserted} records new, ${updated} updated, ${unchanged} unchanged; ${failed.length} payloads failed`,
      );
    });
}
