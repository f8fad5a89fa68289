/**
 * Seeds a PostgreSQL schema for the service bench (service.ts): `service-seed.ts N BATCHES` makes the
 * synthetic stream of N + BATCHES × 1,000 records, stores the oldest N on the product's path (raw
 * payload, records, each record's enrichment) in chunks, assigns each chunk to the stored stories
 * (updateStoryStates), publishes a first edition with the last chunk (updateStories), and writes the
 * newest BATCHES × 1,000 records to a JSON file for the worker to ingest. Resumes after the last
 * chunk it finished; a seeded schema is left as it is.
 */
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { enrichRecord } from '../../src/enrich/enrich-record.js';
import { recordTime } from '../../src/model/index.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { updateStories } from '../../src/pipeline/update-stories.js';
import { updateStoryStates } from '../../src/pipeline/update-stories-state.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';
import { syntheticStream } from './synthetic-stream.js';

/** Records per seeded chunk: large enough to amortise round trips, as one big feed page set. */
const SEED_CHUNK = 5_000;
/** Records per arriving batch (issue 15 §9). */
export const BATCH_SIZE = 1_000;

export const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The schema and the batch file of a size. */
export function seedNames(records: number): { schema: string; batchFile: string } {
  return { schema: `bench_service_${records}`, batchFile: `/tmp/bench-service-${records}-batches.json` };
}

async function seededChunks(schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.bench_seed (chunks integer NOT NULL)`);
    const { rows } = await client.query(`SELECT chunks FROM ${schema}.bench_seed`);
    if (rows.length === 0) await client.query(`INSERT INTO ${schema}.bench_seed VALUES (0)`);
    return rows[0]?.chunks ?? 0;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const records = Number(process.argv[2]);
  const batches = Number(process.argv[3]);
  const { schema, batchFile } = seedNames(records);
  const stream = syntheticStream(records + batches * BATCH_SIZE).sort(
    (a, b) => Date.parse(recordTime(a)) - Date.parse(recordTime(b)) || (a.id < b.id ? -1 : 1),
  );
  writeFileSync(batchFile, JSON.stringify(stream.slice(records)));
  const done = await seededChunks(schema);
  const store = await openRecordStore({ databaseUrl: DATABASE_URL, schema });
  const chunks = Math.ceil(records / SEED_CHUNK);
  const started = Date.now();
  for (let chunk = done; chunk < chunks; chunk += 1) {
    const slice = stream.slice(chunk * SEED_CHUNK, Math.min(records, (chunk + 1) * SEED_CHUNK));
    const rawHash = await store.putRawPayload({
      bytes: new TextEncoder().encode(`seed ${records} chunk ${chunk}`),
      contentType: 'application/json',
      url: null,
      receivedAt: recordTime(slice.at(-1)!),
    });
    const stored = slice.map((record) => ({ ...record, rawHash }));
    await store.upsertRecords(stored);
    await store.putEnrichments(stored.map((record) => ({ recordId: record.id, enrichment: enrichRecord(record) })));
    const ids = stored.map((record) => record.id);
    const at = new Date(Date.parse(recordTime(slice.at(-1)!))).toISOString();
    if (chunk === chunks - 1)
      await updateStories({ store, engine: createClassicalEngine(), now: () => new Date(at) }, { recordIds: ids });
    else await updateStoryStates(store, ids, at);
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`UPDATE ${schema}.bench_seed SET chunks = $1`, [chunk + 1]);
    await client.end();
    const elapsed = (Date.now() - started) / 1000;
    process.stderr.write(`seed ${records}: chunk ${chunk + 1}/${chunks}, ${elapsed.toFixed(0)} s\n`);
  }
  await store.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
