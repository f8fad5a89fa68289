#!/usr/bin/env node
// Entry point for the `undercurrent` command: runs the compiled CLI from dist/.
import { runCli } from '../dist/cli/run-cli.js';

const code = await runCli(process.argv);
process.exitCode = code;
