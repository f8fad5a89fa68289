/**
 * @module test-support/run-cli-captured
 * Runs the CLI in-process with captured stdout and stderr, for end-to-end tests.
 */
import { Writable } from 'node:stream';
import { runCli } from '../cli/run-cli.js';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/** `args` are what follows `undercurrent`; `env` replaces the process environment for settings. */
export async function runCliCaptured(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CapturedRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(['node', 'undercurrent', ...args], {
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
