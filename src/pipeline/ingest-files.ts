/**
 * @module pipeline/ingest-files
 * Reads local files, detects each one's format and stores its records. A broken file is reported
 * by name and reason; the others, and every record stored before, are unaffected.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RecordStore } from '../store/record-store.js';
import { ingestPayload } from './ingest-payload.js';
import { describeFailure } from './refresh-source.js';

export type FileOutcome =
  | {
      file: string;
      status: 'ok';
      format: string;
      records: number;
      inserted: number;
      updated: number;
      warnings: string[];
    }
  | { file: string; status: 'failed'; error: string };

/** Content types guessed from file extensions, so format detection has the same hint a server gives. */
const CONTENT_TYPE_BY_EXTENSION: Record<string, string> = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html',
  '.htm': 'text/html',
};

/** Ingests each file in turn; relative paths are taken from `cwd`. Never throws for a bad file. */
export async function ingestFiles(
  files: string[],
  store: RecordStore,
  now: () => Date,
  cwd: string,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    try {
      const bytes = new Uint8Array(await readFile(path));
      const extension = path.slice(path.lastIndexOf('.')).toLowerCase();
      const result = await ingestPayload(
        store,
        { bytes, contentType: CONTENT_TYPE_BY_EXTENSION[extension] ?? null, url: pathToFileURL(path).href },
        { sourceId: null, kind: null, receivedAt: now().toISOString() },
      );
      outcomes.push({
        file,
        status: 'ok',
        format: result.format,
        records: result.records.length,
        inserted: result.inserted,
        updated: result.updated,
        warnings: result.warnings,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? `no such file: ${path}`
          : code === 'EISDIR'
            ? `is a folder, not a file: ${path}`
            : describeFailure(error);
      outcomes.push({ file, status: 'failed', error: reason });
    }
  }
  return outcomes;
}
