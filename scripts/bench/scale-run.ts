/**
 * One size of the scale bench, run in a process of its own (scale.ts starts it with a heap cap):
 * `scale-run.ts N` ingests a synthetic stream of N records on the product's path, builds an edition
 * as buildEdition does, and prints one JSON line of per-stage figures and the edition's shape.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { syntheticStream } from './synthetic-stream.js';
import { timedStore, secondsIn } from './timed-store.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { storeChangedRecords } from '../../src/pipeline/store-changed-records.js';
import { enrichRecords } from '../../src/enrich/enrich-records.js';
import { findNearDuplicates } from '../../src/cluster/find-near-duplicates.js';
import { editionRecords } from '../../src/cluster/edition-records.js';
import { groupEditionStories } from '../../src/cluster/group-edition-stories.js';
import { writeEdition } from '../../src/pipeline/write-edition.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';
import { EDITION_INPUTS_FORMAT, type EditionInputs, type SourceRecord } from '../../src/model/index.js';

/** Records per ingested payload: a large feed page or API response. */
const BATCH = 1_000;
const RECEIVED_AT = '2026-12-01T00:00:00.000Z';
/** The store method storeChangedRecords writes enrichments with; its other calls write records. */
const ENRICHMENT_WRITE = ['putEnrichments'];

export interface StageFigure {
  stage: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process (user + system, all its threads, GC included): less swayed by other load. */
  cpuSeconds: number;
  /** Peak resident set size of this process so far, in MiB (getrusage maxrss). */
  peakRssMiB: number;
}

/** What one size's run printed: its stages, what its edition held, and its heap limit. */
export interface RunResult {
  records: number;
  heapLimitMiB: number;
  stages: StageFigure[];
  edition: {
    windowRecords: number;
    enrichmentsRead: number;
    enrichmentsRecomputed: number;
    stories: number;
    sentences: number;
  };
}

const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuSecondsNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/**
 * Steps: (1) ingest in payloads of {@link BATCH} as ingestPayload does after parsing (the payload
 * stored raw, then storeChangedRecords writes the records and computes and stores each one's
 * enrichment), split by the store's own timing into record writes, enrichment and enrichment writes;
 * (2) read the records back, as a build does; (3) find near-duplicates over them; (4) the build's
 * steps as buildEdition runs them: the window, its stored enrichments, clustering, writing, saving.
 */
export async function runScale(count: number): Promise<RunResult> {
  const stages: StageFigure[] = [];
  const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const [started, cpuStarted] = [performance.now(), cpuSecondsNow()];
    const result = await work();
    stages.push({
      stage,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: cpuSecondsNow() - cpuStarted,
      peakRssMiB: peakRssMiB(),
    });
    return result;
  };
  let stream: SourceRecord[] | null = syntheticStream(count);
  const folder = mkdtempSync(join(tmpdir(), 'uc-scale-'));
  const opened = await openRecordStore({ dataDir: join(folder, 'data') });
  const { store, times } = timedStore(opened);
  try {
    const [ingestStarted, ingestCpuStarted] = [performance.now(), cpuSecondsNow()];
    for (let index = 0; index < stream.length; index += BATCH) {
      const batch = stream.slice(index, index + BATCH);
      const bytes = new TextEncoder().encode(JSON.stringify(batch));
      const rawHash = await store.putRawPayload({
        bytes,
        contentType: 'application/json',
        url: null,
        receivedAt: RECEIVED_AT,
      });
      await storeChangedRecords(
        store,
        batch.map((record) => ({ ...record, rawHash })),
        [],
        { at: RECEIVED_AT, rawHash },
      );
    }
    const [ingestSeconds, ingestCpu, ingestRss] = [
      (performance.now() - ingestStarted) / 1000,
      cpuSecondsNow() - ingestCpuStarted,
      peakRssMiB(),
    ];
    // What the store did, from its own timing; the rest of the ingest is storeChangedRecords' own work, chiefly enrichRecord.
    const stored = (totals: ReadonlyMap<string, number>, except: boolean) =>
      secondsIn(totals, ENRICHMENT_WRITE, except);
    const split = (stage: string, seconds: number, cpuSeconds: number) =>
      stages.push({ stage, seconds, cpuSeconds, peakRssMiB: ingestRss });
    split('ingest: raw payloads and records into PGlite', stored(times.seconds, true), stored(times.cpuSeconds, true));
    split(
      'ingest: enrich each record (enrichRecord)',
      ingestSeconds - stored(times.seconds, true) - stored(times.seconds, false),
      ingestCpu - stored(times.cpuSeconds, true) - stored(times.cpuSeconds, false),
    );
    split('ingest: store the enrichments', stored(times.seconds, false), stored(times.cpuSeconds, false));
    stream = null; // From here on, as in production, the records are only what the store gives back.

    const records = await time('build: read records from store', () => store.listRecords());
    await time('dedupe: MinHash + LSH', () =>
      findNearDuplicates(records.map((record) => ({ id: record.id, text: record.text }))),
    );
    const inputs: EditionInputs = {
      format: EDITION_INPUTS_FORMAT,
      editionId: `ed-scale-${count}`,
      createdAt: RECEIVED_AT,
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
    const grouped = await time('cluster: streaming assignment, merging (stored terms)', () =>
      groupEditionStories(windowed, enrichments),
    );
    const built = await time('edition: claims, weigh (stored terms), write, verify, audit', () =>
      writeEdition(inputs, grouped, createClassicalEngine()),
    );
    await time('build: save edition', () => store.saveEdition(built.edition, built.stories, built.events));
    const edition = {
      windowRecords: windowed.length,
      enrichmentsRead: enrichments.size,
      enrichmentsRecomputed: recomputed,
      stories: built.stories.length,
      sentences: built.edition.stats.sentencesPublished,
    };
    return { records: count, heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20), stages, edition };
  } finally {
    await opened.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`usage: scale-run.ts RECORDS (a positive integer), got ${process.argv[2]}`);
process.stdout.write(`${JSON.stringify(await runScale(count))}\n`);
