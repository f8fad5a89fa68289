/**
 * @module cli/cli-context
 * What every command shares: settings parsed once from --config/--data and the environment,
 * the store opened on demand, and output helpers (JSON on stdout, messages on stderr).
 */
import type { Command } from 'commander';
import type { Config } from '../config/config-schema.js';
import { loadConfig } from '../config/load-config.js';
import { openStore } from '../main.js';
import type { RecordStore } from '../store/record-store.js';
import { terminalText } from './format-table.js';

/** Raised by a command for an expected failure: printed without a stack, exit code 1. */
export class CommandError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CommandError';
    this.exitCode = exitCode;
  }
}

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export interface CliContext {
  io: CliIo;
  config(overrides?: { port?: number; host?: string }): Config;
  /** Opens the store once (the embedded one in `dataDir`, whatever DATABASE_URL says, when given); closed by the CLI runner after the command. */
  store(dataDir?: string): Promise<RecordStore>;
  json(value: unknown): void;
  info(message: string): void;
  close(): Promise<void>;
}

export function createCliContext(program: Command, io: CliIo): CliContext {
  let storePromise: Promise<RecordStore> | null = null;
  const config = (overrides: { port?: number; host?: string } = {}): Config => {
    const globals = program.opts<{ config?: string; data?: string }>();
    return loadConfig({
      configFile: globals.config,
      cwd: io.cwd,
      env: io.env,
      overrides: { dataDir: globals.data, ...overrides },
    });
  };
  return {
    io,
    config,
    store(dataDir) {
      storePromise ??= openStore(dataDir === undefined ? config() : { ...config(), dataDir, databaseUrl: null });
      return storePromise;
    },
    json(value) {
      io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    info(message) {
      io.stderr.write(`${terminalText(message)}\n`);
    },
    async close() {
      if (storePromise) await (await storePromise.catch(() => null))?.close();
    },
  };
}

/** Parses a positive integer option, or fails as a usage error (exit 2). */
export function parseIntegerOption(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new CommandError(`${name} must be a whole number, got "${value}"`, 2);
  return parsed;
}
