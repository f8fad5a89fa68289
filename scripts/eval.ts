/** `npm run eval [-- task...]`: quality measurements on real corpora. Tasks live in scripts/eval/. */
import { runTasks, type Task } from './harness.js';
import { evalFeeds } from './eval/feeds.js';
import { evalExtraction } from './eval/extraction.js';
import { evalClustering } from './eval/clustering.js';
import { evalVerification } from './eval/verification.js';
import { evalDedupe } from './eval/dedupe.js';
import { evalClaims } from './eval/claims.js';
import { evalEntities } from './eval/entities.js';

const tasks: Record<string, Task> = {
  feeds: evalFeeds,
  extraction: evalExtraction,
  clustering: evalClustering,
  verification: evalVerification,
  dedupe: evalDedupe,
  claims: evalClaims,
  entities: evalEntities,
};

process.exitCode = await runTasks('eval', tasks, process.argv.slice(2));
