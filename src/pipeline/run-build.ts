/**
 * @module pipeline/run-build
 * `build` as one call: an edition from every stored record, saved, and written out as files when a
 * folder is given. Nothing stored yet is a result, not an error.
 */
import { writeEditionFiles } from '../publish/export/write-edition-files.js';
import type { BuildProgress } from '../edition/write-edition-stories.js';
import { buildEdition, type BuildDependencies } from './build-edition.js';
import type { BuiltEdition } from './write-edition.js';

/** What one build run did: nothing (no records yet), or the edition and the folder it was written to. */
export type BuildRun =
  | { status: 'no-records' }
  | {
      status: 'built';
      built: BuiltEdition;
      /** `outRoot/<edition-id>`, absolute; null when no folder was asked for. */
      outDir: string | null;
    };

/**
 * Steps: (1) stop with `no-records` when the store holds none; (2) build and save the edition
 * (pipeline/build-edition); (3) when `outRoot` is given, write the edition's files under it.
 */
export async function runBuild(
  dependencies: BuildDependencies,
  options: { outRoot: string | null },
  onProgress: BuildProgress = () => {},
): Promise<BuildRun> {
  if ((await dependencies.store.listRecords({ limit: 1 })).length === 0) return { status: 'no-records' };
  const built = await buildEdition(dependencies, onProgress);
  const outDir = options.outRoot === null ? null : await writeEditionFiles(options.outRoot, built);
  return { status: 'built', built, outDir };
}
