/**
 * @module publish/export/write-edition-files
 * Writes an edition as files: `edition.json`, `audit.json` (its quality figures), `stories/<id>.json`
 * and `manifest.json` (every file with its SHA-256 and size), under `DIR/<edition-id>/`.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Edition, Story } from '../../model/index.js';

/** Returns the edition's folder. Files end with a newline and use two-space indentation. */
export async function writeEditionFiles(outDir: string, edition: Edition, stories: Story[]): Promise<string> {
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
  for (const story of stories) await write(`stories/${story.id}.json`, story);
  await write('manifest.json', { edition: edition.id, createdAt: edition.createdAt, engine: edition.engine, files });
  return editionDir;
}
