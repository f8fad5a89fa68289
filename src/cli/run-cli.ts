/**
 * @module cli/run-cli
 * The `undercurrent` command: parses arguments with commander and maps every outcome to an exit
 * code (0 success, 1 failure, 2 wrong usage), with messages on stderr and JSON on stdout.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/load-config.js';
import { CommandError, createCliContext, type CliIo } from './cli-context.js';
import { terminalText } from './format-table.js';
import { registerBuildCommand } from './commands/build-command.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerFetchCommand } from './commands/fetch-command.js';
import { registerIngestCommand } from './commands/ingest-command.js';
import { registerRecordsCommand } from './commands/records-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerSourcesCommand } from './commands/sources-command.js';
import { registerStoriesCommand } from './commands/stories-command.js';
import { registerVerifyCommand } from './commands/verify-command.js';
import { registerExplainCommand } from './commands/explain-command.js';
import { registerReprocessCommand } from './commands/reprocess-command.js';
import { registerRunCommand } from './commands/run-command.js';
import { registerJobsCommand } from './commands/jobs-command.js';

/** Kept in step with package.json by the release checklist; printed by --version. */
export const CLI_VERSION = '0.1.0';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

/** Runs the CLI on `argv` (as process.argv: node, script, args...) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const program = new Command('undercurrent')
    .description('Turn press and community source records into a published edition of cited analysis stories.')
    .version(CLI_VERSION)
    .option('--config <file>', 'settings file (default: ./undercurrent.yaml if present)')
    .option(
      '--data <dir>',
      'data folder for the embedded store (default ./undercurrent-data, or UNDERCURRENT_DATA; the demo: ./undercurrent-demo-data)',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  // One app per invocation: composed (main.ts) when the command first asks for it, closed in `finally`.
  const context = createCliContext(program, io);
  for (const register of [
    registerDemoCommand,
    registerIngestCommand,
    registerSourcesCommand,
    registerFetchCommand,
    registerRecordsCommand,
    registerBuildCommand,
    registerStoriesCommand,
    registerExplainCommand,
    registerReprocessCommand,
    registerVerifyCommand,
    registerServeCommand,
    registerRunCommand,
    registerJobsCommand,
  ]) {
    register(program, context);
  }
  for (const command of program.commands) applyExitOverride(command);

  try {
    await program.parseAsync(argv);
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  } finally {
    await context.close();
  }
}

function applyExitOverride(command: Command): void {
  command.exitOverride();
  for (const child of command.commands) applyExitOverride(child);
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version requests end through the override too; they are successes.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof CommandError) {
    io.stderr.write(`undercurrent: ${terminalText(error.message)}\n`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`undercurrent: ${terminalText(error.message)}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`undercurrent: ${terminalText(message)}\n`);
  if (io.env.UNDERCURRENT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
