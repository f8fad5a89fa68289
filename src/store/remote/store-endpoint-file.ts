/**
 * @module store/remote/store-endpoint-file
 * Where a running `undercurrent run` says its store endpoint is: a file in the data folder, readable
 * by its owner only, holding the process id, the loopback URL and a random token.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENDPOINT_FILE_NAME = 'undercurrent.endpoint.json';
/** Owner read and write only: the token is the endpoint's only credential. */
const OWNER_ONLY = 0o600;

/** What the file holds. */
export interface StoreEndpoint {
  pid: number;
  url: string;
  token: string;
}

/** Writes the endpoint file (replacing any) and returns its removal (idempotent). */
export function writeStoreEndpoint(dataDir: string, endpoint: StoreEndpoint): () => void {
  const path = join(dataDir, ENDPOINT_FILE_NAME);
  rmSync(path, { force: true });
  writeFileSync(path, JSON.stringify(endpoint), { mode: OWNER_ONLY, flag: 'wx' });
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    rmSync(path, { force: true });
  };
}

/** The endpoint file's content, or null when there is none or it cannot be read. */
export function readStoreEndpoint(dataDir: string): StoreEndpoint | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, ENDPOINT_FILE_NAME), 'utf8')) as Partial<StoreEndpoint>;
    if (typeof parsed.pid !== 'number' || typeof parsed.url !== 'string' || typeof parsed.token !== 'string')
      return null;
    return { pid: parsed.pid, url: parsed.url, token: parsed.token };
  } catch {
    return null;
  }
}
