/** `npm run eval [-- task...]`: quality measurements on real corpora. Tasks live in scripts/eval/. */
import { runTasks, type Task } from './harness.js';

const tasks: Record<string, Task> = {};

process.exitCode = await runTasks('eval', tasks, process.argv.slice(2));
