/**
 * Scale: a synthetic stream (scripts/bench/synthetic-stream.ts: many outlets, communities with
 * threads, syndicated copies, storylines over weeks) of `--records N` (default 10,000) and of N/10,
 * each run on the product's path: ingested into PGlite in payloads of 1,000 through
 * storeChangedRecords (records written, each enriched once and its enrichment stored), then built
 * into an edition as buildEdition builds one, clustering and weighing from the stored enrichments.
 * Near-duplicate detection runs over the read-back records as a stage of its own. Prints time and
 * peak resident memory per stage, and the per-record cost at N over N/10: flat is 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TaskOptions, TaskResult } from '../harness.js';
import { syntheticStream } from './synthetic-stream.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { timedStore, secondsIn } from './timed-store.js';
import { storeChangedRecords } from '../../src/pipeline/store-changed-records.js';
import { enrichRecords } from '../../src/enrich/enrich-records.js';
import { findNearDuplicates } from '../../src/cluster/find-near-duplicates.js';
import { editionRecords, groupEditionStories, writeEdition } from '../../src/pipeline/build-edition.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';
import { EDITION_INPUTS_FORMAT, type EditionInputs, type SourceRecord } from '../../src/model/index.js';

/** The targets: 100,000 records to an edition in five minutes within 1 GiB on two cores. */
const TARGET = { records: 100_000, seconds: 300, rssMiB: 1024 } as const;
const DEFAULT_RECORDS = 10_000;
/** Records per ingested payload: a large feed page or API response. */
const BATCH = 1_000;
const RECEIVED_AT = '2026-12-01T00:00:00.000Z';

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

/** Store methods storeChangedRecords calls to write records (everything but the enrichments). */
const ENRICHMENT_WRITE = ['putEnrichments'];

async function runOnce(count: number): Promise<StageFigure[]> {
  const figures: StageFigure[] = [];
  const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    figures.push({ stage, seconds: (performance.now() - started) / 1000, peakRssMiB: peakRssMiB() });
    return result;
  };
  let stream: SourceRecord[] | null = syntheticStream(count);
  const folder = mkdtempSync(join(tmpdir(), 'uc-scale-'));
  const opened = await openRecordStore({ dataDir: join(folder, 'data') });
  const { store, times } = timedStore(opened);
  try {
    // Ingest as ingestPayload does after parsing: the payload stored raw, then storeChangedRecords
    // writes the new records and computes and stores each one's enrichment.
    const ingestStarted = performance.now();
    for (let index = 0; index < stream.length; index += BATCH) {
      const batch = stream.slice(index, index + BATCH);
      const bytes = new TextEncoder().encode(JSON.stringify(batch));
      const rawHash = await store.putRawPayload({ bytes, contentType: 'application/json', url: null, receivedAt: RECEIVED_AT });
      await storeChangedRecords(store, batch.map((record) => ({ ...record, rawHash })), [], { at: RECEIVED_AT, rawHash });
    }
    const ingestSeconds = (performance.now() - ingestStarted) / 1000;
    const writeSeconds = secondsIn(times, ENRICHMENT_WRITE, true);
    const enrichmentSeconds = secondsIn(times, ENRICHMENT_WRITE);
    const ingestRss = peakRssMiB();
    figures.push({ stage: 'ingest: raw payloads and records into PGlite', seconds: writeSeconds, peakRssMiB: ingestRss });
    figures.push({ stage: 'ingest: enrich each record (enrichRecord)', seconds: ingestSeconds - writeSeconds - enrichmentSeconds, peakRssMiB: ingestRss });
    figures.push({ stage: 'ingest: store the enrichments', seconds: enrichmentSeconds, peakRssMiB: ingestRss });
    stream = null; // From here on, as in production, the records are only what the store gives back.

    // The build, step by step as buildEdition runs it (there is no previous edition).
    const records = await time('build: read records from store', () => store.listRecords());
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
    const windowed = await time('build: edition window', () => editionRecords(inputs));
    const writtenBefore = times.enrichmentsWritten;
    const enrichments = await time('build: read stored enrichments', () => enrichRecords(store, windowed));
    const recomputed = times.enrichmentsWritten - writtenBefore;
    const grouped = await time('cluster: streaming assignment, merging (stored terms)', () => groupEditionStories(windowed, enrichments));
    const built = await time('edition: claims, weigh, write, verify, audit', () => writeEdition(inputs, grouped, createClassicalEngine()));
    await time('build: save edition', () => store.saveEdition(built.edition, built.stories, built.events));
    shape.push({ records: count, windowRecords: windowed.length, enrichmentsRead: enrichments.size, enrichmentsRecomputed: recomputed, stories: built.stories.length, sentences: built.edition.stats.sentencesPublished });
  } finally {
    await opened.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return figures;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
