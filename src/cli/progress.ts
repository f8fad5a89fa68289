/**
 * @module cli/progress
 * Progress for long work: a bar on a terminal, plain lines otherwise (pipes, CI, --json).
 */
import { SingleBar, Presets } from 'cli-progress';
import type { CliIo } from './cli-context.js';

export interface Progress {
  update(done: number, total: number, note?: string): void;
  stop(): void;
}

/** A bar when stderr is a terminal and output is not JSON; otherwise one line per step. */
export function createProgress(io: CliIo, label: string, options: { quiet?: boolean } = {}): Progress {
  if (options.quiet) return { update() {}, stop() {} };
  if (io.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} {note}`,
        stream: io.stderr as NodeJS.WriteStream,
        hideCursor: true,
        clearOnComplete: false,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, note = '') {
        if (!started) {
          bar.start(total, 0, { note });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { note });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  return {
    update(done, total, note = '') {
      io.stderr.write(`${label} ${done}/${total}${note ? ` ${note}` : ''}\n`);
    },
    stop() {},
  };
}
