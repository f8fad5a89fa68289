/**
 * @module store/pglite/acquire-data-dir-lock
 * PGlite is a single-process database: two processes writing one data folder corrupt it. A lock file
 * naming the owner process keeps a second `undercurrent` off the folder with a message saying why,
 * and a lock its owner left behind (killed, or its pid since reused by another process) is taken over.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { systemProcessInspector, type ProcessInspector } from './inspect-process.js';

export const LOCK_FILE_NAME = 'undercurrent.lock';

/**
 * How much later than its lock an old-style lock's holder may seem to have started and still be the
 * one that wrote it: /proc's boot time is in whole seconds, and the wall clock can be stepped.
 */
const PROCESS_START_TOLERANCE_MS = 2_000;

/** Raised when another live undercurrent process holds the data folder. */
export class DataDirLockedError extends Error {
  readonly code = 'data-dir-locked';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly lockFile: string,
  ) {
    super(
      `store: the data folder ${dataDir} is in use by another undercurrent process (pid ${holderPid}; lock file ${lockFile}). ` +
        'Stop that process (for example a running `undercurrent serve`), or use a PostgreSQL server with DATABASE_URL to share one store between processes. ' +
        `If no undercurrent uses the folder, delete ${lockFile}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** What a lock file records. Locks written before `processStart` existed hold the pid alone. */
interface LockContents {
  pid: number;
  /** The holder's start in kernel ticks (see inspect-process.ts): with the pid, it names one process. */
  processStart: string | null;
}

export interface LockOptions {
  /** How other processes are examined. Default the system's (/proc on Linux). */
  inspector?: ProcessInspector;
}

/** Lock files this process holds now, so a second open within it is refused and a pid match is told apart from reuse. */
const heldByThisProcess = new Set<string>();

/**
 * Takes the folder's lock for this process and returns its release (idempotent). A lock is taken over
 * when it is unreadable or its holder is not an undercurrent holding this folder: see {@link isHeld}.
 * A second open in the same process, before the first is closed, is refused too: PGlite cannot share
 * a folder even within one process. Every message names the lock file.
 */
export function acquireDataDirLock(dataDir: string, options: LockOptions = {}): () => void {
  const inspector = options.inspector ?? systemProcessInspector;
  const path = resolve(dataDir, LOCK_FILE_NAME);
  const contents: LockContents = {
    pid: process.pid,
    processStart: inspector.startOf(process.pid)?.ticks ?? null,
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, JSON.stringify(contents), { flag: 'wx' });
      heldByThisProcess.add(path);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldByThisProcess.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`store: could not write the lock file ${path}: ${(error as Error).message}`, { cause: error });
      }
      const holder = readLock(path);
      if (holder && isHeld(holder, path, inspector)) throw new DataDirLockedError(dataDir, holder.pid, path);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`store: could not take the lock ${path}: another process took it at the same moment; try again.`);
}

/**
 * Whether the lock's holder still holds the folder. This process holds it only while it has not
 * released it (a container restarted as pid 1 finds its old pid 1 lock: not its own). Another process
 * must be alive and the very one that wrote the lock: the same start time when the lock records one;
 * for an old pid-only lock, started before the lock was written and running node with undercurrent.
 * Where none of this can be read (no /proc), a live pid is taken to hold it.
 */
function isHeld(holder: LockContents, path: string, inspector: ProcessInspector): boolean {
  if (holder.pid === process.pid) return heldByThisProcess.has(path);
  if (!inspector.isAlive(holder.pid)) return false;
  const start = inspector.startOf(holder.pid);
  if (holder.processStart !== null) return start === null || start.ticks === holder.processStart;
  const writtenAtMs = lockWrittenAtMs(path);
  if (start && writtenAtMs !== null && start.atMs > writtenAtMs + PROCESS_START_TOLERANCE_MS) return false;
  const commandLine = inspector.commandLine(holder.pid);
  return commandLine === null || looksLikeUndercurrent(commandLine);
}

/** node (or an `undercurrent` executable) with an argument naming undercurrent, e.g. `node bin/undercurrent.js serve`. */
export function looksLikeUndercurrent(commandLine: readonly string[]): boolean {
  const program = basename(commandLine[0] ?? '').toLowerCase();
  if (!program.startsWith('node') && !program.startsWith('undercurrent')) return false;
  return commandLine.some((argument) => argument.toLowerCase().includes('undercurrent'));
}

/** The lock's contents, or null when it is unreadable or garbled (taken over: no process can be named). */
function readLock(path: string): LockContents | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text), processStart: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockContents>;
    if (!Number.isInteger(parsed.pid) || (parsed.pid ?? 0) <= 0) return null;
    return { pid: parsed.pid!, processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null };
  } catch {
    return null;
  }
}

function lockWrittenAtMs(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}
