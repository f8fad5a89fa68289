/**
 * @module store/pglite/inspect-process
 * What the data-folder lock asks about the process a lock file names: is it alive, when did it start,
 * what is it running. Linux answers from /proc; elsewhere only liveness is known.
 */
import { readFileSync } from 'node:fs';

/** When a process started: kernel clock ticks since boot (the same for the process's whole life) and wall-clock ms. */
export interface ProcessStart {
  ticks: string;
  atMs: number;
}

/** Questions about another process; injected in tests. */
export interface ProcessInspector {
  isAlive(pid: number): boolean;
  /** Null where it cannot be read (no /proc, or the process is gone). */
  startOf(pid: number): ProcessStart | null;
  /** The process's arguments, program first; null where they cannot be read. */
  commandLine(pid: number): string[] | null;
}

/** /proc reports times in USER_HZ, which Linux fixes at 100 for user space on every architecture (proc(5), "starttime"). */
const USER_HZ = 100;
/** `starttime` is field 22 of /proc/<pid>/stat; counted from field 3, the first after the parenthesised name. */
const START_TIME_FIELD_AFTER_NAME = 22 - 3;

/** The inspector for this machine. */
export const systemProcessInspector: ProcessInspector = {
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: alive, but another user's.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  startOf(pid) {
    const stat = readProc(`/proc/${pid}/stat`);
    const bootSeconds = /^btime (\d+)$/m.exec(readProc('/proc/stat') ?? '')?.[1];
    // The name may hold spaces and parentheses: fields are counted after its last ')'.
    const ticks = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[START_TIME_FIELD_AFTER_NAME];
    if (!ticks || !/^\d+$/.test(ticks) || bootSeconds === undefined) return null;
    return { ticks, atMs: Number(bootSeconds) * 1000 + (Number(ticks) * 1000) / USER_HZ };
  },
  commandLine(pid) {
    const text = readProc(`/proc/${pid}/cmdline`);
    return text === null ? null : text.split('\0').filter((argument) => argument !== '');
  },
};

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
