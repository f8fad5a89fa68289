/**
 * @module publish/export/compare-edition-folders
 * Byte-for-byte comparison of two edition folders, file by file, as `build --replay` reports it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface FolderComparison {
  /** Files in both folders with identical bytes. */
  identical: number;
  /** Files whose bytes differ, or that only one folder holds (relative paths, sorted). */
  differing: string[];
}

export async function compareEditionFolders(a: string, b: string): Promise<FolderComparison> {
  const [left, right] = await Promise.all([listFiles(a), listFiles(b)]);
  const differing = new Set<string>();
  let identical = 0;
  for (const path of new Set([...left, ...right])) {
    if (!left.includes(path) || !right.includes(path)) {
      differing.add(path);
      continue;
    }
    const [x, y] = await Promise.all([readFile(join(a, path)), readFile(join(b, path))]);
    if (x.equals(y)) identical += 1;
    else differing.add(path);
  }
  return { identical, differing: [...differing].sort() };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
