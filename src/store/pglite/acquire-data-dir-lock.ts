/**
 * @module store/pglite/acquire-data-dir-lock
 * PGlite is a single-process database: two processes writing one data folder corrupt it. A lock file
 * holding the owner's pid keeps a second `undercurrent` off the folder with a message saying why.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'undercurrent.lock';

/** Raised when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  readonly code = 'data-dir-locked';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `store: the data folder ${dataDir} is in use by another undercurrent process (pid ${holderPid}). ` +
        'Stop that process (for example a running `undercurrent serve`), or use a PostgreSQL server with DATABASE_URL to share one store between processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock for this process and returns its release (idempotent). A lock left by a
 * dead process is taken over. A second open in the same process, before the first is closed, is
 * refused too: PGlite cannot share a folder even within one process.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`store: could not take the lock ${path}`);
}
