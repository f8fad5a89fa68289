/**
 * @module cli/commands/build-command
 * `undercurrent build [--full]`: group every stored record into stories, write and verify them, save an
 * edition (a full rebuild; `--full` says so explicitly, the service updates only touched stories);
 * or `build --replay DIR/<edition-id> --out DIR2`: build that edition again from its snapshot.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { runBuild } from '../../pipeline/run-build.js';
import { replayEdition, ReplayRefusedError } from '../../pipeline/replay-edition.js';
import { EditionInputsError } from '../../publish/export/read-edition-inputs.js';
import { CommandError, type CliContext } from '../cli-context.js';
import { createProgress } from '../progress.js';

export function registerBuildCommand(program: Command, context: CliContext): void {
  program
    .command('build')
    .description('build an edition from every stored record')
    .option(
      '--out <dir>',
      'also write DIR/<edition-id>/ with edition.json, audit.json, stories/<story-id>.json, inputs.json and manifest.json',
    )
    .option(
      '--replay <edition-dir>',
      'rebuild the edition in DIR/<edition-id> from its inputs.json (no store, no network) into --out, and compare byte for byte',
    )
    .option(
      '--full',
      'rebuild every story from every stored record (what build always does; the service republishes only the stories new records touch)',
    )
    .option('--json', 'print the edition summary as JSON')
    .action(async (options: { out?: string; replay?: string; json?: boolean; full?: boolean }) => {
      if (options.replay !== undefined) return replay(context, options.replay, options);
      const app = context.app();
      const store = await app.store();
      const progress = createProgress(context.io, 'writing stories', { quiet: options.json });
      const run = await runBuild(
        { store, engine: app.engine, now: app.now, publisherFamilies: app.config.publisherFamilies },
        { outRoot: options.out ? resolve(context.io.cwd, options.out) : null },
        (done, total) => progress.update(done, total),
      );
      progress.stop();
      if (run.status === 'no-records')
        throw new CommandError(
          'no records stored yet; run `undercurrent fetch` or `undercurrent ingest FILE...` first',
        );
      const { edition } = run.built;
      if (options.json) return context.json({ edition: edition.id, ...edition.stats, out: run.outDir });
      context.info(
        `edition ${edition.id}: ${edition.stats.stories} stories from ${edition.stats.records} records; ` +
          `${edition.stats.sentencesPublished} sentences published, ${edition.stats.sentencesDropped} dropped by the verifier`,
      );
      if (run.outDir) context.info(`wrote ${run.outDir}`);
    });
}

/**
 * `--replay`: needs no settings and no store (pipeline/replay-edition). Exit 1 when the edition
 * cannot be replayed or the rebuilt folder differs from the original.
 */
async function replay(
  context: CliContext,
  editionDirOption: string,
  options: { out?: string; json?: boolean },
): Promise<void> {
  if (options.out === undefined)
    throw new CommandError('--replay needs --out DIR2: the rebuilt edition is written to DIR2/<edition-id>/');
  const editionDir = resolve(context.io.cwd, editionDirOption);
  const { inputs, outDir, comparison } = await replayEdition(editionDir, resolve(context.io.cwd, options.out), (note) =>
    context.info(note),
  ).catch((error: unknown) => {
    throw error instanceof EditionInputsError || error instanceof ReplayRefusedError
      ? new CommandError(error.message)
      : error;
  });
  const identical = comparison.differing.length === 0;
  if (options.json) {
    context.json({
      edition: inputs.editionId,
      out: outDir,
      identical,
      files: comparison.identical,
      differing: comparison.differing,
    });
  } else if (identical) {
    context.info(
      `replayed ${inputs.editionId} into ${outDir}: ${comparison.identical} files, byte-identical to ${editionDir}`,
    );
  }
  if (!identical)
    throw new CommandError(
      `replayed ${inputs.editionId} into ${outDir}; these files differ from ${editionDir}: ${comparison.differing.join(', ')}`,
    );
}
