/**
 * Scale: a synthetic stream (scripts/bench/synthetic-stream.ts: many outlets, communities with
 * threads, syndicated copies, storylines over weeks) of `--records N` (default 10,000) and of N/10,
 * each stored in PGlite and read back, enriched, deduplicated, clustered and built into an edition.
 * Prints time and peak resident memory per stage, and the per-record cost at N over N/10: flat is 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TaskOptions, TaskResult } from '../harness.js';
import { syntheticStream } from './synthetic-stream.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { findProperNouns } from '../../src/enrich/find-proper-nouns.js';
import { extractClaims } from '../../src/enrich/extract-claims.js';
import { tokenize } from '../../src/enrich/tokenize.js';
import { findNearDuplicates } from '../../src/cluster/find-near-duplicates.js';
import { editionRecords, groupEditionStories, writeEdition } from '../../src/pipeline/build-edition.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';
import { EDITION_INPUTS_FORMAT, type EditionInputs, type SourceRecord } from '../../src/model/index.js';

/** The targets: 100,000 records to an edition in five minutes within 1 GiB on two cores. */
const TARGET = { records: 100_000, seconds: 300, rssMiB: 1024 } as const;
const DEFAULT_RECORDS = 10_000;
/** Records per store write: one transaction each. */
const BATCH = 1_000;

interface StageFigure {
  stage: string;
  seconds: number;
  /** Peak resident set size of the process so far, in MiB (getrusage maxrss). */
  peakRssMiB: number;
}

export async function benchScale(options: TaskOptions): Promise<TaskResult> {
  const records = Number(options.records ?? DEFAULT_RECORDS);
  if (!Number.isInteger(records) || records < 100) throw new Error(`--records must be an integer of at least 100, got ${options.records}`);
  const small = Math.max(100, Math.round(records / 10));
  const smallRun = await runOnce(small);
  const largeRun = await runOnce(records);
  const rows: TaskResult['rows'] = [];
  for (const [size, run] of [[small, smallRun], [records, largeRun]] as const) {
    for (const figure of run) {
      rows.push({ records: size, stage: figure.stage, s: round(figure.seconds), 'µs/record': round((figure.seconds * 1e6) / size), 'peak RSS MiB': figure.peakRssMiB });
    }
  }
  const total = (run: StageFigure[]) => run.reduce((sum, figure) => sum + figure.seconds, 0);
  const ratio = round(total(largeRun) / records / (total(smallRun) / small));
  rows.push({ records, stage: `per-record cost at ${records} over ${small}`, s: ratio, 'µs/record': '', 'peak RSS MiB': '' });
  return {
    rows,
    json: {
      target: TARGET,
      runs: { [small]: smallRun, [records]: largeRun },
      totalSeconds: { [small]: round(total(smallRun)), [records]: round(total(largeRun)) },
      peakRssMiB: Math.max(...largeRun.map((figure) => figure.peakRssMiB)),
      perRecordCostRatio: ratio,
      editions: shape,
    },
  };
}

/** What each run's edition held: records in its window, stories written, sentences published. */
const shape: Array<Record<string, number>> = [];

async function runOnce(count: number): Promise<StageFigure[]> {
  const figures: StageFigure[] = [];
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    figures.push({ stage, seconds: (performance.now() - started) / 1000, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) });
    return result;
  };
  let stream: SourceRecord[] | null = syntheticStream(count);
  const folder = mkdtempSync(join(tmpdir(), 'uc-scale-'));
  const store = await openRecordStore({ dataDir: join(folder, 'data') });
  try {
    await time('store: insert', async () => {
      // As in production: each batch's payload is stored raw first, and its records point at it.
      for (let index = 0; index < stream!.length; index += BATCH) {
        const batch = stream!.slice(index, index + BATCH);
        const bytes = new TextEncoder().encode(JSON.stringify(batch));
        const hash = await store.putRawPayload({ bytes, contentType: 'application/json', url: null, receivedAt: '2026-12-01T00:00:00.000Z' });
        await store.upsertRecords(batch.map((record) => ({ ...record, rawHash: hash })));
      }
    });
    stream = null; // From here on, as in production, the records are only what the store gives back.
    const records = await time('ingest from store', () => store.listRecords());
    await time('enrich: tokens, names, claims', () => {
      const names = findProperNouns(records.map((record) => `${record.title ?? ''}\n\n${record.text}`));
      let claims = 0;
      for (const record of records) {
        tokenize(record.text);
        claims += extractClaims(record, names).length;
      }
      return claims;
    });
    await time('dedupe: MinHash + LSH', () => findNearDuplicates(records.map((record) => ({ id: record.id, text: record.text }))));
    const inputs: EditionInputs = {
      format: EDITION_INPUTS_FORMAT,
      editionId: `ed-scale-${count}`,
      createdAt: '2026-12-01T00:00:00.000Z',
      engine: { name: 'classical', version: 'bench', thresholds: {} },
      previousEditionId: null,
      records,
      previousStories: [],
      storyLog: [],
    };
    // The edition's own steps, timed apart: what composeEdition runs, in its order.
    const grouped = await time('cluster: edition window, streaming assignment, merging', () => groupEditionStories(editionRecords(inputs)));
    const built = await time('edition: claims, weigh, write, verify, audit', () => writeEdition(inputs, grouped, createClassicalEngine()));
    shape.push({ records: count, windowRecords: grouped.records.length, stories: built.stories.length, sentences: built.edition.stats.sentencesPublished });
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return figures;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
