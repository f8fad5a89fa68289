/**
 * The measured worker of the service bench, in a process of its own (service.ts starts it):
 * `service-run.ts N` opens the schema service-seed.ts filled with N records and, for each batch of
 * 1,000 new records in its batch file, ingests it as the refresh path does (raw payload, records,
 * enrichments) and then runs updateStories, the service's job. Prints one JSON line: per batch the
 * ingest time and the time from the batch stored to its stories republished; the peak RSS.
 */
import { readFileSync } from 'node:fs';
import { enrichRecord } from '../../src/enrich/enrich-record.js';
import { recordTime, type SourceRecord } from '../../src/model/index.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { updateStories } from '../../src/pipeline/update-stories.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';
import { BATCH_SIZE, DATABASE_URL, seedNames } from './service-seed.js';

/** One batch's figures. */
export interface BatchFigure {
  /** Seconds to store the batch: raw payload, records, enrichments. */
  ingestSeconds: number;
  /** Seconds from the batch stored to its stories republished (updateStories). */
  republishSeconds: number;
  /** CPU seconds of the worker in that time (user + system): less swayed by other load on the machine. */
  republishCpuSeconds: number;
  touchedStories: number;
  rewrittenStories: number;
  editionStories: number;
}

/** What one size's worker printed. */
export interface ServiceRunResult {
  records: number;
  batches: BatchFigure[];
  peakRssMiB: number;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const cpuSecondsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function main(): Promise<void> {
  const records = Number(process.argv[2]);
  const { schema, batchFile } = seedNames(records);
  const arriving = JSON.parse(readFileSync(batchFile, 'utf8')) as SourceRecord[];
  const store = await openRecordStore({ databaseUrl: DATABASE_URL, schema });
  if ((await store.listRecords({ ids: [arriving[0]!.id] })).length > 0)
    throw new Error(`the batches were already ingested into ${schema}: drop the schema to seed it again`);
  const engine = createClassicalEngine();
  const figures: BatchFigure[] = [];
  for (let start = 0; start < arriving.length; start += BATCH_SIZE) {
    const batch = arriving.slice(start, start + BATCH_SIZE);
    const ingestStarted = process.hrtime.bigint();
    const rawHash = await store.putRawPayload({
      bytes: new TextEncoder().encode(`batch ${start}`),
      contentType: 'application/json',
      url: null,
      receivedAt: recordTime(batch.at(-1)!),
    });
    const stored = batch.map((record) => ({ ...record, rawHash }));
    await store.upsertRecords(stored);
    await store.putEnrichments(stored.map((record) => ({ recordId: record.id, enrichment: enrichRecord(record) })));
    const ingestSeconds = seconds(ingestStarted);
    const republishStarted = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    const now = new Date(Date.parse(recordTime(batch.at(-1)!)));
    const update = await updateStories(
      { store, engine, now: () => now },
      { recordIds: stored.map((record) => record.id) },
    );
    figures.push({
      ingestSeconds,
      republishSeconds: seconds(republishStarted),
      republishCpuSeconds: cpuSecondsSince(cpuStarted),
      touchedStories: update.touchedStoryIds.length,
      rewrittenStories: update.rewrittenStoryIds.length,
      editionStories: update.edition?.storyIds.length ?? 0,
    });
  }
  await store.close();
  const result: ServiceRunResult = {
    records,
    batches: figures,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
