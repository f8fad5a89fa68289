/**
 * Near-duplicate speed: findNearDuplicates (MinHash + LSH) against the all-pairs exact shingle Jaccard
 * it replaces, on the same records in one process: the eval's labelled set, cut to the first
 * PEER_RECORDS for the all-pairs peer, which is quadratic.
 */
import { corporaDir, type TaskResult } from '../harness.js';
import { findNearDuplicates, isNearDuplicate } from '../../src/cluster/find-near-duplicates.js';
import { shingleHashes } from '../../src/enrich/minhash.js';
import { buildSet } from '../eval/dedupe.js';

/** Records both methods run on: enough for a stable figure, few enough that all pairs finish in seconds. */
const PEER_RECORDS = 1_200;
/** Runs of our method, best kept (the eval's count), so one GC pause does not decide the figure; the slow peer runs once. */
const TIMING_RUNS = 5;

export async function benchDedupe(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('dedupe bench skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const all = buildSet(root).map(({ id, text }) => ({ id, text }));
  const subset = all.slice(0, PEER_RECORDS);
  const megabytes = (items: typeof all) => items.reduce((sum, item) => sum + item.text.length, 0) / 1e6;
  const time = (work: () => unknown) => {
    const started = performance.now();
    work();
    return (performance.now() - started) / 1000;
  };
  const best = (work: () => unknown) => Math.min(...Array.from({ length: TIMING_RUNS }, () => time(work)));
  const oursAll = best(() => findNearDuplicates(all));
  const oursSubset = best(() => findNearDuplicates(subset));
  const peerSubset = time(() => {
    const shingles = subset.map((item) => shingleHashes(item.text));
    for (let a = 0; a < shingles.length; a += 1)
      for (let b = a + 1; b < shingles.length; b += 1) isNearDuplicate(shingles[a]!, shingles[b]!);
  });
  const rows: TaskResult['rows'] = [
    {
      method: 'MinHash + LSH (ours)',
      records: all.length,
      'records/s': Math.round(all.length / oursAll),
      'MB/s': Number((megabytes(all) / oursAll).toFixed(1)),
    },
    {
      method: 'MinHash + LSH (ours)',
      records: subset.length,
      'records/s': Math.round(subset.length / oursSubset),
      'MB/s': Number((megabytes(subset) / oursSubset).toFixed(1)),
    },
    {
      method: 'all pairs, exact Jaccard',
      records: subset.length,
      'records/s': Math.round(subset.length / peerSubset),
      'MB/s': Number((megabytes(subset) / peerSubset).toFixed(1)),
    },
  ];
  return { rows, json: { results: rows, speedupOnSubset: Number((peerSubset / oursSubset).toFixed(1)) } };
}
