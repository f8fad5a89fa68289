/** `npm run bench [-- task...]`: speed measurements, each peer in this one process on the same input. */
import { runTasks, type Task } from './harness.js';
import { benchStore } from './bench/store.js';
import { benchEdition } from './bench/edition.js';
import { benchDedupe } from './bench/dedupe.js';
import { benchFeeds } from './bench/feeds.js';
import { benchScale } from './bench/scale.js';
import { benchService } from './bench/service.js';
import { benchPoliteness } from './bench/politeness.js';
import { benchExtraction } from './bench/extraction.js';

const tasks: Record<string, Task> = {
  store: benchStore,
  edition: benchEdition,
  dedupe: benchDedupe,
  feeds: benchFeeds,
  extraction: benchExtraction,
  politeness: benchPoliteness,
  scale: benchScale,
  service: benchService,
};

process.exitCode = await runTasks('bench', tasks, process.argv.slice(2));
