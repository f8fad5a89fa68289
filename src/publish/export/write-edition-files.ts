/**
 * @module publish/export/write-edition-files
 * Writes an edition as files under `DIR/<edition-id>/`: `edition.json`, `audit.json` (its quality
 * figures), `stories/<id>.json` (the story document publishers read), `inputs.json` (everything the
 * build read, for `build --replay`) and `manifest.json` (every file with its SHA-256 and size).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Edition, EditionInputs, Story, StoryEvent } from '../../model/index.js';
import { toStoryDocument } from './story-document.js';

/** The file listing the others; a replay compares every file but this one's own line. */
export const MANIFEST_FILE = 'manifest.json';
export const INPUTS_FILE = 'inputs.json';

export interface EditionFiles {
  edition: Edition;
  stories: Story[];
  /** The edition's story-log entries, for each story's `changes`. */
  events: readonly StoryEvent[];
  inputs: EditionInputs;
}

/**
 * Returns the edition's folder. Files end with a newline and use two-space indentation; the same
 * edition always gives the same bytes (key order is the objects' own, which the build fixes).
 */
export async function writeEditionFiles(outDir: string, built: EditionFiles): Promise<string> {
  const { edition, stories, events, inputs } = built;
  const editionDir = join(outDir, edition.id);
  await mkdir(join(editionDir, 'stories'), { recursive: true });
  const files: Array<{ path: string; sha256: string; bytes: number }> = [];
  const write = async (path: string, value: unknown) => {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    await writeFile(join(editionDir, path), text);
    files.push({ path, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) });
  };
  await write('edition.json', edition);
  await write('audit.json', { edition: edition.id, stats: edition.stats, ...edition.audit });
  for (const story of stories) await write(`stories/${story.id}.json`, toStoryDocument(story, events));
  await write(INPUTS_FILE, inputs);
  await write(MANIFEST_FILE, {
    edition: edition.id,
    createdAt: edition.createdAt,
    engine: edition.engine,
    inputs: {
      records: inputs.records.length,
      previousEdition: inputs.previousEditionId,
      rawPayloadHashes: inputs.records.map((record) => record.rawHash),
    },
    files,
  });
  return editionDir;
}
