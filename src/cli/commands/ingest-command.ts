/**
 * @module cli/commands/ingest-command
 * `undercurrent ingest FILE...`: read local files of any supported format into the store.
 */
import type { Command } from 'commander';
import { ingestFiles } from '../../pipeline/ingest-files.js';
import { CommandError, type CliContext } from '../cli-context.js';

export function registerIngestCommand(program: Command, context: CliContext): void {
  program
    .command('ingest <files...>')
    .description(
      'read local files (feeds, article pages, Reddit/HN/Bluesky/Mastodon/Discourse JSON, forum and comment pages); the format is detected',
    )
    .option('--json', "print each file's outcome as JSON")
    .action(async (files: string[], options: { json?: boolean }) => {
      const app = context.app();
      const outcomes = await ingestFiles(files, await app.store(), app.now, context.io.cwd);
      const failed = outcomes.filter((outcome) => outcome.status === 'failed');
      if (options.json) context.json({ files: outcomes.length, failed: failed.length, outcomes });
      else {
        for (const outcome of outcomes) {
          context.info(
            outcome.status === 'ok'
              ? `ok     ${outcome.file}: ${outcome.records} records (${outcome.format}; ${outcome.inserted} new, ${outcome.updated} updated)`
              : `FAILED ${outcome.file}: ${outcome.error}`,
          );
        }
      }
      if (failed.length > 0) {
        throw new CommandError(
          `${failed.length} of ${outcomes.length} file(s) could not be ingested; records already stored are intact`,
        );
      }
    });
}
