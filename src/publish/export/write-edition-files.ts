/**
 * @module publish/export/write-edition-files
 * Writes an edition as files: `DIR/<edition-id>/edition.json` and `DIR/<edition-id>/stories/<story-id>.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Edition, Story } from '../../model/index.js';

/** Returns the edition's folder. Files end with a newline and use two-space indentation. */
export async function writeEditionFiles(outDir: string, edition: Edition, stories: Story[]): Promise<string> {
  const editionDir = join(outDir, edition.id);
  await mkdir(join(editionDir, 'stories'), { recursive: true });
  await writeFile(join(editionDir, 'edition.json'), `${JSON.stringify(edition, null, 2)}\n`);
  for (const story of stories) {
    await writeFile(join(editionDir, 'stories', `${story.id}.json`), `${JSON.stringify(story, null, 2)}\n`);
  }
  return editionDir;
}
