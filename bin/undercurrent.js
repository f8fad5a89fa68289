#!/usr/bin/env node
// Entry point for the `undercurrent` command: runs the compiled CLI from dist/.
import { runCli } from '../dist/cli/run-cli.js';

// Output piped into `head` and closed early is not an error: stop quietly, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv);
process.exitCode = code;
