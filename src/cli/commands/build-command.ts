/**
 * @module cli/commands/build-command
 * `undercurrent build`: group stored records into stories, write and verify them, save an edition;
 * or `build --replay DIR/<edition-id> --out DIR2`: build that edition again from its snapshot.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createEngine } from '../../main.js';
import { buildEdition, composeEdition } from '../../pipeline/build-edition.js';
import { createClassicalEngine } from '../../synthesize/classical/create-classical-engine.js';
import { writeEditionFiles } from '../../publish/export/write-edition-files.js';
import { EditionInputsError, readEditionInputs } from '../../publish/export/read-edition-inputs.js';
import { compareEditionFolders } from '../../publish/export/compare-edition-folders.js';
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
    .option('--json', 'print the edition summary as JSON')
    .action(async (options: { out?: string; replay?: string; json?: boolean }) => {
      if (options.replay !== undefined) return replay(context, options.replay, options);
      const config = context.config();
      const store = await context.store();
      if ((await store.listRecords({ limit: 1 })).length === 0) {
        throw new CommandError(
          'no records stored yet; run `undercurrent fetch` or `undercurrent ingest FILE...` first',
        );
      }
      const progress = createProgress(context.io, 'writing stories', { quiet: options.json });
      const built = await buildEdition(
        { store, engine: createEngine(config), now: () => new Date(), publisherFamilies: config.publisherFamilies },
        (done, total) => progress.update(done, total),
      );
      progress.stop();
      const { edition } = built;
      const outDir = options.out ? await writeEditionFiles(resolve(context.io.cwd, options.out), built) : null;
      if (options.json) return context.json({ edition: edition.id, ...edition.stats, out: outDir });
      context.info(
        `edition ${edition.id}: ${edition.stats.stories} stories from ${edition.stats.records} records; ` +
          `${edition.stats.sentencesPublished} sentences published, ${edition.stats.sentencesDropped} dropped by the verifier`,
      );
      if (outDir) context.info(`wrote ${outDir}`);
    });
}

/**
 * Replays with the classical engine at the snapshotted thresholds: it is deterministic, so the same
 * inputs give the same bytes. An edition an LLM wrote cannot promise that, and is refused.
 * Exit 1 when the rebuilt folder differs from the original.
 */
async function replay(
  context: CliContext,
  editionDirOption: string,
  options: { out?: string; json?: boolean },
): Promise<void> {
  if (options.out === undefined)
    throw new CommandError('--replay needs --out DIR2: the rebuilt edition is written to DIR2/<edition-id>/');
  const editionDir = resolve(context.io.cwd, editionDirOption);
  const inputs = await readEditionInputs(editionDir).catch((error: unknown) => {
    throw error instanceof EditionInputsError ? new CommandError(error.message) : error;
  });
  const engine = createClassicalEngine({ thresholds: inputs.engine.thresholds });
  if (inputs.engine.name !== engine.name) {
    throw new CommandError(
      `edition ${inputs.editionId} was written by the ${inputs.engine.name} engine; only the deterministic classical engine replays byte for byte`,
    );
  }
  if (
    inputs.engine.version !== engine.version ||
    !isDeepStrictEqual({ ...engine.thresholds }, inputs.engine.thresholds)
  ) {
    context.info(
      `note: edition ${inputs.editionId} was written by classical ${inputs.engine.version}; this install is classical ${engine.version}, so its output may differ`,
    );
  }
  const built = await composeEdition(inputs, engine);
  const outDir = await writeEditionFiles(resolve(context.io.cwd, options.out), built);
  const comparison = await compareEditionFolders(editionDir, outDir);
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
