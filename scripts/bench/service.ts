/**
 * Service scale (issue 15 §9): a synthetic stream arrives in batches of 1,000 new records into a
 * PostgreSQL store already holding N records (`--records 100000,1000000`, default both; `--batches`,
 * default 5). Each size is seeded once by service-seed.ts (schema bench_service_N, resumable; the
 * 1,000,000 seed takes the better part of an hour) and measured by service-run.ts in a Node process
 * of its own with a {@link WORKER_HEAP_MIB} MiB heap: per batch, the time from the batch stored to
 * its stories republished (updateStories), and the worker's peak RSS. A measured schema holds the
 * batches afterwards: drop it (`DROP SCHEMA bench_service_N CASCADE`) to measure again.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TaskOptions, TaskResult } from '../harness.js';
import type { ServiceRunResult } from './service-run.js';

/** The targets: each batch republished within 10 s at 1,000,000 stored, in 1 GiB; flat within 1.3×. */
const TARGET = { seconds: 10, rssMiB: 1024, ratio: 1.3 } as const;
const DEFAULT_SIZES = [100_000, 1_000_000];
const DEFAULT_BATCHES = 5;
/** The worker's V8 heap, as the scale bench caps it (scale.ts DEFAULT_HEAP_MIB): well under the 1 GiB target. */
const WORKER_HEAP_MIB = 512;
/** The seeder holds the whole stream in memory (about 1.5 GB at 1,000,000 records); it is not measured. */
const SEED_HEAP_MIB = 6_000;
/** Seeding 1,000,000 records takes up to an hour or two on a loaded machine. */
const SEED_TIMEOUT_MS = 4 * 3_600_000;
const RUN_TIMEOUT_MS = 3_600_000;

export async function benchService(options: TaskOptions): Promise<TaskResult> {
  const sizes = options.records ? options.records.split(',').map(Number) : DEFAULT_SIZES;
  const batches = Number(options.batches ?? DEFAULT_BATCHES);
  const runs: ServiceRunResult[] = [];
  for (const size of sizes) {
    await runChild('service-seed.ts', [String(size), String(batches)], SEED_HEAP_MIB, SEED_TIMEOUT_MS);
    runs.push(JSON.parse(await runChild('service-run.ts', [String(size)], WORKER_HEAP_MIB, RUN_TIMEOUT_MS)));
  }
  const rows: TaskResult['rows'] = [];
  for (const run of runs) {
    run.batches.forEach((batch, index) => {
      rows.push({
        stored: run.records,
        batch: index + 1,
        'ingest s': round(batch.ingestSeconds),
        'republish s': round(batch.republishSeconds),
        'republish cpu s': round(batch.republishCpuSeconds),
        touched: batch.touchedStories,
        rewritten: batch.rewrittenStories,
        'edition stories': batch.editionStories,
        'peak RSS MiB': run.peakRssMiB,
      });
    });
  }
  const medians = Object.fromEntries(
    runs.map((run) => [run.records, median(run.batches.map((batch) => batch.republishSeconds))]),
  );
  return { rows, json: { target: TARGET, runs, medianRepublishSeconds: medians } };
}

function runChild(script: string, args: string[], heapMiB: number, timeout: number): Promise<string> {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${heapMiB}`, path, ...args],
      { timeout, maxBuffer: 64 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${script} ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
        resolve(stdout.trim().split('\n').at(-1) ?? '');
      },
    );
    child.stderr?.pipe(process.stderr);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
