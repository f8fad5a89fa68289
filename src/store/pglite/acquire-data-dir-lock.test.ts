import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DataDirLockedError,
  LOCK_FILE_NAME,
  looksLikeUndercurrent,
} from './acquire-data-dir-lock.js';
import { systemProcessInspector, type ProcessInspector } from './inspect-process.js';

const root = mkdtempSync(join(tmpdir(), 'uc-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process running `args`, once it has started (its /proc entry shows the arguments). */
async function startProcess(command: string, args: string[]): Promise<number> {
  const child = spawn(command, args, { stdio: 'ignore' });
  children.push(child);
  const pid = child.pid!;
  for (let tries = 0; tries < 200; tries += 1) {
    if ((systemProcessInspector.commandLine(pid) ?? []).includes(args.at(-1)!)) return pid;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${command} did not start`);
}

/** A node process whose command line names undercurrent, as `node bin/undercurrent.js serve` does. */
const startUndercurrentLike = () =>
  startProcess(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'undercurrent']);

function folderWithLock(contents: string, writtenAt?: Date): { dataDir: string; lockFile: string } {
  const dataDir = mkdtempSync(join(root, 'data-'));
  const lockFile = join(dataDir, LOCK_FILE_NAME);
  writeFileSync(lockFile, contents);
  if (writtenAt) utimesSync(lockFile, writtenAt, writtenAt);
  return { dataDir, lockFile };
}

const isLinux = process.platform === 'linux';

describe('acquireDataDirLock', () => {
  it('records the holder pid and start, refuses a second open in the same process naming the lock file, and frees on release', () => {
    const dataDir = mkdtempSync(join(root, 'data-'));
    const lockFile = join(dataDir, LOCK_FILE_NAME);
    const release = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => acquireDataDirLock(dataDir)).toThrow(
      `the data folder ${dataDir} is in use by another undercurrent process (pid ${process.pid}; lock file ${lockFile})`,
    );
    release();
    expect(existsSync(lockFile)).toBe(false);
    acquireDataDirLock(dataDir)();
  });

  it('takes over a lock whose process is gone', () => {
    const inspector: ProcessInspector = { ...systemProcessInspector, isAlive: () => false };
    const { dataDir, lockFile } = folderWithLock(JSON.stringify({ pid: 999_999, processStart: '1' }));
    const release = acquireDataDirLock(dataDir, { inspector });
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock naming this process pid that this process does not hold (a container restarted as pid 1)', () => {
    const { dataDir, lockFile } = folderWithLock(JSON.stringify({ pid: process.pid, processStart: '12345' }));
    const release = acquireDataDirLock(dataDir);
    expect(existsSync(lockFile)).toBe(true);
    release();
  });

  it.runIf(isLinux)(
    'refuses while the very process that wrote the lock is alive, naming it and the lock file',
    async () => {
      const pid = await startUndercurrentLike();
      const start = systemProcessInspector.startOf(pid)!;
      const { dataDir, lockFile } = folderWithLock(JSON.stringify({ pid, processStart: start.ticks }));
      const error = (() => {
        try {
          acquireDataDirLock(dataDir);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect(error).toMatchObject({ holderPid: pid, lockFile });
      expect((error as Error).message).toContain(`delete ${lockFile}`);
    },
  );

  it.runIf(isLinux)(
    'takes over a lock whose pid now belongs to a process started at another time (a reused pid)',
    async () => {
      const pid = await startUndercurrentLike();
      const { ticks } = systemProcessInspector.startOf(pid)!;
      const { dataDir } = folderWithLock(JSON.stringify({ pid, processStart: String(Number(ticks) - 1) }));
      acquireDataDirLock(dataDir)();
    },
  );

  it.runIf(isLinux)('takes over an old pid-only lock held by a live process that is not undercurrent', async () => {
    const pid = await startProcess('sleep', ['30']);
    const { dataDir } = folderWithLock(String(pid));
    acquireDataDirLock(dataDir)();
  });

  it.runIf(isLinux)(
    'takes over an old pid-only lock whose live undercurrent-like process started after the lock was written',
    async () => {
      const pid = await startUndercurrentLike();
      const { dataDir } = folderWithLock(String(pid), new Date(Date.now() - 60 * 60 * 1000));
      acquireDataDirLock(dataDir)();
    },
  );

  it.runIf(isLinux)(
    'refuses an old pid-only lock held by a live undercurrent started before it was written',
    async () => {
      const pid = await startUndercurrentLike();
      const { dataDir } = folderWithLock(String(pid));
      expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    },
  );

  it('takes over a garbled lock file', () => {
    const { dataDir } = folderWithLock('{"pid": "not a number"');
    acquireDataDirLock(dataDir)();
  });
});

describe('looksLikeUndercurrent', () => {
  it.each([
    [['node', '/srv/app/bin/undercurrent.js', 'serve'], true],
    [['/opt/node24/bin/node', '/usr/lib/node_modules/undercurrent/bin/undercurrent.js', 'run'], true],
    [['/sbin/init'], false],
    [['node', '/srv/other-app/server.js'], false],
    [['python3', 'undercurrent.py'], false],
  ])('%j: %s', (commandLine, expected) => {
    expect(looksLikeUndercurrent(commandLine)).toBe(expected);
  });
});
