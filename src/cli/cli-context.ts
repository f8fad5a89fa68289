/**
 * @module cli/cli-context
 * What every command shares: the app composed once (main.ts) from --config/--data, the command's
 * own flags and the environment, and output helpers (JSON on stdout, messages on stderr).
 */
import type { Command } from 'commander';
import { loadConfig } from '../config/load-config.js';
import { composeApp, composeDemoApp, type App } from '../main.js';

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

/** What a command asks of its app before it is composed: its flags that override settings, and the demo's app. */
export interface AppRequest {
  /** --port: overrides server.port. */
  port?: number | undefined;
  /** --host: overrides server.host. */
  host?: string | undefined;
  /** The bundled demo's app (composeDemoApp in main.ts), which alone may fetch from loopback. */
  demo?: boolean;
}

export interface CliContext {
  io: CliIo;
  /**
   * The app this invocation runs on, composed on the first call (so a command that needs no settings
   * never reads them) and closed by the CLI runner after the command. Only the first call may pass a
   * request: a command asks once.
   */
  app(request?: AppRequest): App;
  json(value: unknown): void;
  info(message: string): void;
  /** Closes the app, if one was composed. */
  close(): Promise<void>;
}

export function createCliContext(program: Command, io: CliIo): CliContext {
  let app: App | null = null;
  const compose = (request: AppRequest): App => {
    const globals = program.opts<{ config?: string; data?: string }>();
    const config = loadConfig({
      configFile: globals.config,
      cwd: io.cwd,
      env: io.env,
      overrides: { dataDir: globals.data, port: request.port, host: request.host },
    });
    // TODO(issue 15 §7): remove once `fetch.allowHosts` (branch h-hosts) is merged; the service's
    // tests then allow their loopback site with UNDERCURRENT_FETCH_ALLOW_HOSTS instead.
    const allowLoopback = io.env.UNDERCURRENT_TEST_ALLOW_LOOPBACK === '1';
    return request.demo ? composeDemoApp(config) : composeApp(config, { allowLoopback });
  };
  return {
    io,
    app(request) {
      if (app && request) throw new Error('cli: the app is composed already; a command passes its request once');
      app ??= compose(request ?? {});
      return app;
    },
    json(value) {
      io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    info(message) {
      io.stderr.write(`${message}\n`);
    },
    async close() {
      await app?.close();
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
