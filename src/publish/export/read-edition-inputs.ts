/**
 * @module publish/export/read-edition-inputs
 * Reads the `inputs.json` an edition folder holds, for `build --replay`, with a clear error when the
 * folder is not an edition or was written by a layout this version does not read.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { EDITION_INPUTS_FORMAT, type EditionInputs } from '../../model/index.js';
import { INPUTS_FILE } from './write-edition-files.js';

/** The fields checked before a replay; records and stories are taken as the build wrote them. */
const inputsSchema = z
  .object({
    format: z.literal(EDITION_INPUTS_FORMAT),
    editionId: z.string().min(1),
    createdAt: z.string().datetime({ offset: true }),
    engine: z.object({ name: z.string(), version: z.string(), thresholds: z.record(z.string(), z.number()) }),
    previousEditionId: z.string().nullable(),
    records: z.array(z.object({ id: z.string(), rawHash: z.string(), text: z.string() }).passthrough()),
    previousStories: z.array(z.object({ id: z.string(), recordIds: z.array(z.string()) }).passthrough()),
    storyLog: z.array(
      z.object({ storyId: z.string(), kind: z.string(), recordIds: z.array(z.string()) }).passthrough(),
    ),
    /** Absent on snapshots saved before publisher families existed: those were built with none. */
    publisherFamilies: z
      .array(z.object({ name: z.string(), venues: z.array(z.string()), hosts: z.array(z.string()) }).strict())
      .optional(),
  })
  .passthrough();

export class EditionInputsError extends Error {}

export async function readEditionInputs(editionDir: string): Promise<EditionInputs> {
  const path = join(editionDir, INPUTS_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new EditionInputsError(
      `${path} not found: --replay takes an edition folder that \`build --out\` wrote (DIR/<edition-id>)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EditionInputsError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = inputsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EditionInputsError(
      `${path} is not an edition snapshot this version reads: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  // The JSON as read, not zod's copy: a replay writes it back, and zod reorders keys.
  return json as EditionInputs;
}
