/**
 * @module pipeline/replay-edition
 * `build --replay` as one call: an edition built again from the inputs snapshotted beside it, with
 * no store and no network, written out and compared byte for byte with the original folder.
 */
import { isDeepStrictEqual } from 'node:util';
import type { EditionInputs } from '../model/index.js';
import { compareEditionFolders, type FolderComparison } from '../publish/export/compare-edition-folders.js';
import { readEditionInputs } from '../publish/export/read-edition-inputs.js';
import { writeEditionFiles } from '../publish/export/write-edition-files.js';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { composeEdition } from './build-edition.js';

/** Raised when an edition cannot promise the same bytes again: another engine than the classical one wrote it. */
export class ReplayRefusedError extends Error {
  readonly code = 'edition-not-replayable';
  readonly editionId: string;
  constructor(message: string, editionId: string) {
    super(message);
    this.name = 'ReplayRefusedError';
    this.editionId = editionId;
  }
}

/** What a replay made: the inputs it read, the folder it wrote, and how that folder compares. */
export interface ReplayOutcome {
  inputs: EditionInputs;
  /** `outRoot/<edition-id>`, absolute. */
  outDir: string;
  comparison: FolderComparison;
}

/**
 * Replays with the classical engine at the snapshotted thresholds: it is deterministic, so the same
 * inputs give the same bytes. Steps: (1) read the inputs (EditionInputsError when unreadable);
 * (2) refuse an edition another engine wrote (ReplayRefusedError); (3) note, through `onNote`, an
 * edition written by another classical version or thresholds; (4) compose the edition; (5) write
 * its files under `outRoot`; (6) compare them with `editionDir`.
 */
export async function replayEdition(
  editionDir: string,
  outRoot: string,
  onNote: (message: string) => void = () => {},
): Promise<ReplayOutcome> {
  const inputs = await readEditionInputs(editionDir);
  // Replay is always classical: only the deterministic engine can give the same bytes again.
  const engine = createClassicalEngine({ thresholds: inputs.engine.thresholds });
  if (inputs.engine.name !== engine.name) {
    throw new ReplayRefusedError(
      `edition ${inputs.editionId} was written by the ${inputs.engine.name} engine; only the deterministic classical engine replays byte for byte`,
      inputs.editionId,
    );
  }
  if (
    inputs.engine.version !== engine.version ||
    !isDeepStrictEqual({ ...engine.thresholds }, inputs.engine.thresholds)
  ) {
    onNote(
      `note: edition ${inputs.editionId} was written by classical ${inputs.engine.version}; this install is classical ${engine.version}, so its output may differ`,
    );
  }
  const built = await composeEdition(inputs, engine);
  const outDir = await writeEditionFiles(outRoot, built);
  return { inputs, outDir, comparison: await compareEditionFolders(editionDir, outDir) };
}
