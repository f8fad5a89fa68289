/**
 * Edition speed: the whole demo path, timed by stage in one process: the bundled corpus served on
 * loopback, fetched through the real fetcher, parsed and stored in PGlite; then clustered, written,
 * verified and saved. Also clustering alone on ECB+ (982 real articles) for records per second.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corporaDir, type TaskResult } from '../harness.js';
import { recordIdFor, type SourceRecord } from '../../src/model/index.js';
import { clusterStories } from '../../src/cluster/cluster-stories.js';
import { createFetcher } from '../../src/fetch/create-fetcher.js';
import { startDemoSite } from '../../src/demo/start-demo-site.js';
import { registerDemoSources } from '../../src/pipeline/register-demo-sources.js';
import { refreshAllSources } from '../../src/pipeline/refresh-all-sources.js';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';

export async function benchEdition(): Promise<TaskResult> {
  const rows: TaskResult['rows'] = [];
  const folder = mkdtempSync(join(tmpdir(), 'uc-bench-'));
  const site = await startDemoSite();
  const store = await openRecordStore({ dataDir: join(folder, 'data') });
  try {
    const started = performance.now();
    await registerDemoSources(store, site.sources);
    const outcomes = await refreshAllSources({
      store,
      fetcher: createFetcher({ allowLoopback: true, perHostSpacingMs: 0 }),
      now: () => new Date(),
    });
    const fetched = performance.now();
    const { edition } = await buildEdition({ store, engine: createClassicalEngine(), now: () => new Date() });
    const built = performance.now();
    rows.push({
      stage: 'demo: fetch + parse + store',
      items: `${outcomes.length} sources, ${edition.stats.records} records`,
      ms: Math.round(fetched - started),
    });
    rows.push({
      stage: 'demo: cluster + write + verify + save',
      items: `${edition.stats.stories} stories, ${edition.stats.sentencesPublished} sentences`,
      ms: Math.round(built - fetched),
    });
  } finally {
    await store.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const root = corporaDir();
  if (root) {
    const records = readFileSync(join(root, 'ecb-plus', 'documents.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { doc_name: string; sentences: string[] })
      .map(toRecord);
    const started = performance.now();
    const clusters = clusterStories(records, { windowDays: null });
    const milliseconds = performance.now() - started;
    rows.push({
      stage: 'clusterStories on ECB+',
      items: `${records.length} records, ${clusters.length} clusters`,
      ms: Math.round(milliseconds),
    });
    rows.push({
      stage: 'clusterStories on ECB+ (records/s)',
      items: String(Math.round(records.length / (milliseconds / 1000))),
      ms: Math.round(milliseconds),
    });
  }
  return { rows, json: { results: rows } };
}

function toRecord(document: { doc_name: string; sentences: string[] }): SourceRecord {
  return {
    id: recordIdFor('web', document.doc_name),
    platform: 'web',
    kind: 'press',
    sourceId: null,
    externalId: document.doc_name,
    url: null,
    canonicalUrl: null,
    title: document.sentences[0] ?? null,
    author: null,
    publishedAt: null,
    fetchedAt: '2000-01-01T00:00:00.000Z',
    text: document.sentences.slice(1).join(' '),
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    venue: null,
    rawHash: '0',
  };
}
