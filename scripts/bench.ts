/** `npm run bench [-- task...]`: speed measurements, each peer in this one process on the same input. */
import { runTasks, type Task } from './harness.js';

const tasks: Record<string, Task> = {};

process.exitCode = await runTasks('bench', tasks, process.argv.slice(2));
