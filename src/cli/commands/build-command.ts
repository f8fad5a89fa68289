/**
 * @module cli/commands/build-command
 * `undercurrent build`: group stored records into stories, write and verify them, save an edition.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { createEngine } from '../../main.js';
import { buildEdition } from '../../pipeline/build-edition.js';
import { writeEditionFiles } from '../../publish/export/write-edition-files.js';
import { CommandError, type CliContext } from '../cli-context.js';
import { createProgress } from '../progress.js';

export function registerBuildCommand(program: Command, context: CliContext): void {
  program
    .command('build')
    .description('build an edition from every stored record')
    .option('--out <dir>', 'also write DIR/<edition-id>/ with edition.json, audit.json, stories/<story-id>.json and manifest.json')
    .option('--json', 'print the edition summary as JSON')
    .action(async (options: { out?: string; json?: boolean }) => {
      const config = context.config();
      const store = await context.store();
      if ((await store.listRecords({ limit: 1 })).length === 0) {
        throw new CommandError('no records stored yet; run `undercurrent fetch` or `undercurrent ingest FILE...` first');
      }
      const progress = createProgress(context.io, 'writing stories', { quiet: options.json });
      const { edition, stories } = await buildEdition({ store, engine: createEngine(config), now: () => new Date() }, (done, total) =>
        progress.update(done, total),
      );
      progress.stop();
      const outDir = options.out ? await writeEditionFiles(resolve(context.io.cwd, options.out), edition, stories) : null;
      if (options.json) return context.json({ edition: edition.id, ...edition.stats, out: outDir });
      context.info(
        `edition ${edition.id}: ${edition.stats.stories} stories from ${edition.stats.records} records; ` +
          `${edition.stats.sentencesPublished} sentences published, ${edition.stats.sentencesDropped} dropped by the verifier`,
      );
      if (outDir) context.info(`wrote ${outDir}`);
    });
}
