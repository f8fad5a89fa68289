/**
 * Scale: a synthetic stream (scripts/bench/synthetic-stream.ts: many outlets, communities with
 * threads, syndicated copies, storylines over weeks) of `--records N` (default 10,000) and of N/10,
 * each run on the product's path in a Node process of its own (scale-run.ts): ingested into PGlite
 * through storeChangedRecords (records written, each enriched once and its enrichment stored), then
 * built into an edition as buildEdition builds one, clustering and weighing from the stored
 * enrichments. Each process gets a V8 heap of `--heap-mib` (default {@link DEFAULT_HEAP_MIB}; 0 leaves
 * V8's own limit). Prints wall and CPU time and peak resident memory per stage, and the per-record
 * cost at N over N/10: flat is 1.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TaskOptions, TaskResult } from '../harness.js';
import type { RunResult, StageFigure } from './scale-run.js';

/** The targets: 100,000 records to an edition in five minutes within 1 GiB on two cores. */
const TARGET = { records: 100_000, seconds: 300, rssMiB: 1024 } as const;
const DEFAULT_RECORDS = 10_000;
/**
 * V8 heap limit of each run, MiB. V8 sizes its heap to the machine (4 GiB here, on 24 GB) and lets
 * garbage build up towards it: uncapped, the 100,000-record run peaked at 1,338 MiB resident. With
 * 512 MiB it peaked at 803 MiB; the heap in use after clustering 100,000 records was about 480 MiB,
 * so much less would leave V8 collecting all the time (docs/PERFORMANCE.md, Scale).
 */
export const DEFAULT_HEAP_MIB = 512;
/** A run of 100,000 records takes about three minutes here; a hung run fails after an hour. */
const RUN_TIMEOUT_MS = 3_600_000;
const RUN_SCRIPT = fileURLToPath(new URL('./scale-run.ts', import.meta.url));

export async function benchScale(options: TaskOptions): Promise<TaskResult> {
  const records = Number(options.records ?? DEFAULT_RECORDS);
  if (!Number.isInteger(records) || records < 100)
    throw new Error(`--records must be an integer of at least 100, got ${options.records}`);
  const heapMiB = Number(options['heap-mib'] ?? DEFAULT_HEAP_MIB);
  if (!Number.isInteger(heapMiB) || heapMiB < 0)
    throw new Error(`--heap-mib must be a whole number of MiB (0: V8's default), got ${options['heap-mib']}`);
  const small = Math.max(100, Math.round(records / 10));
  const smallRun = await runInChild(small, heapMiB);
  const largeRun = await runInChild(records, heapMiB);
  const rows: TaskResult['rows'] = [];
  for (const run of [smallRun, largeRun]) {
    for (const figure of run.stages) {
      rows.push({
        records: run.records,
        stage: figure.stage,
        s: round(figure.seconds),
        'cpu s': round(figure.cpuSeconds),
        'µs/record': round((figure.seconds * 1e6) / run.records),
        'peak RSS MiB': figure.peakRssMiB,
      });
    }
  }
  const total = (run: RunResult, key: 'seconds' | 'cpuSeconds') =>
    run.stages.reduce((sum, figure) => sum + figure[key], 0);
  const ratio = (key: 'seconds' | 'cpuSeconds') =>
    round(total(largeRun, key) / records / (total(smallRun, key) / small));
  rows.push({
    records,
    stage: `per-record cost at ${records} over ${small}`,
    s: ratio('seconds'),
    'cpu s': ratio('cpuSeconds'),
    'µs/record': '',
    'peak RSS MiB': '',
  });
  return {
    rows,
    json: {
      target: TARGET,
      heapLimitMiB: largeRun.heapLimitMiB,
      runs: { [small]: smallRun, [records]: largeRun },
      totalSeconds: { [small]: round(total(smallRun, 'seconds')), [records]: round(total(largeRun, 'seconds')) },
      totalCpuSeconds: {
        [small]: round(total(smallRun, 'cpuSeconds')),
        [records]: round(total(largeRun, 'cpuSeconds')),
      },
      peakRssMiB: Math.max(...largeRun.stages.map((figure: StageFigure) => figure.peakRssMiB)),
      perRecordCostRatio: ratio('seconds'),
      perRecordCpuRatio: ratio('cpuSeconds'),
    },
  };
}

/** One size in a fresh Node process with the same loader (tsx) and the heap cap: its peak is its own. */
function runInChild(records: number, heapMiB: number): Promise<RunResult> {
  const heap = heapMiB > 0 ? [`--max-old-space-size=${heapMiB}`] : [];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...process.execArgv, ...heap, RUN_SCRIPT, String(records)],
      { timeout: RUN_TIMEOUT_MS, maxBuffer: 16 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (error)
          return reject(
            new Error(`scale run of ${records} records failed: ${stderr.trim() || error.message}`, { cause: error }),
          );
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as RunResult);
      },
    );
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
