/**
 * Store speed: the same records (ECB+ news articles, repeated to the batch size) upserted, re-upserted
 * and listed through the RecordStore port on embedded PGlite and on the PostgreSQL server, in one process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { corporaDir, type TaskResult } from '../harness.js';
import { recordIdFor, type SourceRecord } from '../../src/model/index.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import type { RecordStore } from '../../src/store/record-store.js';

/** Records per run: a busy beat's month (a few hundred sources, a few thousand items and comments). */
const RECORD_COUNT = 5_000;
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Document {
  doc_name: string;
  sentences: string[];
}

export async function benchStore(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('store bench skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const documents = readFileSync(join(root, 'ecb-plus', 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Document);
  const texts = Array.from({ length: RECORD_COUNT }, (_, index) => documents[index % documents.length]!);
  const megabytes = texts.reduce((sum, document) => sum + Buffer.byteLength(document.sentences.join(' ')), 0) / 1e6;

  const rows: TaskResult['rows'] = [];
  const schema = `uc_bench_${randomBytes(4).toString('hex')}`;
  const stores: Array<[string, () => Promise<RecordStore>]> = [
    ['PGlite (memory)', () => openRecordStore({ dataDir: null })],
    ['PostgreSQL 127.0.0.1', () => openRecordStore({ databaseUrl: DATABASE_URL, schema })],
  ];
  for (const [name, open] of stores) {
    let store: RecordStore;
    try {
      store = await open();
    } catch (error) {
      process.stdout.write(`${name} skipped: ${(error as Error).message}\n`);
      continue;
    }
    const rawHash = await store.putRawPayload({
      bytes: new TextEncoder().encode('bench'),
      contentType: null,
      url: null,
      receivedAt: new Date().toISOString(),
    });
    const records = texts.map((document, index) => toRecord(document, index, rawHash));
    const insert = await timed(() => store.upsertRecords(records));
    const update = await timed(() =>
      store.upsertRecords(records.map((record) => ({ ...record, text: `${record.text} (updated)` }))),
    );
    const list = await timed(() => store.listRecords());
    const lookups = await timed(async () => {
      for (const record of records.slice(0, 500)) await store.recordById(record.id);
    });
    rows.push({
      store: name,
      records: RECORD_COUNT,
      'insert rec/s': Math.round(RECORD_COUNT / insert),
      'update rec/s': Math.round(RECORD_COUNT / update),
      'insert MB/s': Number((megabytes / insert).toFixed(1)),
      'list all ms': Math.round(list * 1000),
      'by id µs': Math.round((lookups / 500) * 1e6),
    });
    await store.close();
  }
  await dropSchema(schema);
  return { rows, json: { records: RECORD_COUNT, megabytes: Number(megabytes.toFixed(2)), results: rows } };
}

function toRecord(document: Document, index: number, rawHash: string): SourceRecord {
  const externalId = `${document.doc_name}#${index}`;
  return {
    id: recordIdFor('web', externalId),
    platform: 'web',
    kind: 'press',
    sourceId: null,
    externalId,
    url: `https://news.example/${index}`,
    canonicalUrl: `https://news.example/${index}`,
    title: document.sentences[0] ?? null,
    author: null,
    publishedAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
    fetchedAt: new Date().toISOString(),
    text: document.sentences.join(' '),
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    venue: 'News',
    rawHash,
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  try {
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } catch {
    // No server: nothing was created.
  } finally {
    await client.end().catch(() => {});
  }
}
