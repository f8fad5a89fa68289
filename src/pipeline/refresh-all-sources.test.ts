import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { FetchedPage, Fetcher } from '../fetch/fetched-page.js';
import { MAX_STORED_MESSAGE_LENGTH } from '../sources/strip-control-characters.js';
import { openRecordStore } from '../store/open-record-store.js';
import type { RecordStore } from '../store/record-store.js';
import { refreshAllSources } from './refresh-all-sources.js';

/** The server the PostgreSQL store tests use (see src/store/postgres/postgres-record-store.test.ts). */
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const now = () => new Date('2026-12-01T00:00:00.000Z');
/** Opening an in-memory PGlite and migrating it takes tens of seconds on a loaded two-core machine. */
const STORE_TEST_TIMEOUT_MS = 120_000;

const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://ok.example/</link>' +
  '<item><title>Harbour reopens</title><link>https://ok.example/harbour</link><guid>h1</guid>' +
  '<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>The harbour reopened on Monday.</description></item>' +
  '</channel></rss>';
/** A PNG's first bytes, then an escape sequence that would turn a terminal red: what a misconfigured feed URL can answer. */
const BINARY = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x49, 0x48, 0x44, 0x52,
]);

/** Answers each URL with its body, as a server would with a 200. */
function servingBodies(bodies: Record<string, Uint8Array | string>): Fetcher {
  return {
    async fetchPage(url): Promise<FetchedPage> {
      const body = bodies[url] ?? '';
      return {
        requestedUrl: url,
        url,
        status: 200,
        notModified: false,
        contentType: 'application/rss+xml',
        etag: null,
        lastModified: null,
        fetchedAt: now().toISOString(),
        body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
      };
    },
  };
}

/**
 * The store with its first `count` fetch-state writes for one source failing, as a dropped connection
 * would: two make the refresh itself throw (its success write and then its failure write fail).
 */
function failingWritesFor(store: RecordStore, sourceId: () => string, count: number): RecordStore {
  let failures = 0;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'updateSourceFetchState')
        return async (id: string, state: Parameters<RecordStore['updateSourceFetchState']>[1]) => {
          if (id === sourceId() && failures < count) {
            failures += 1;
            throw new Error('connection terminated \u001b[2J unexpectedly');
          }
          return target.updateSourceFetchState(id, state);
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function describeOnStore(name: string, open: () => Promise<RecordStore>, skip = false): void {
  describe.skipIf(skip)(`refreshAllSources on ${name}`, () => {
    it(
      'stores a binary body failure without NUL or escapes, and goes on to the next source',
      async () => {
        const store = await open();
        try {
          const binary = await store.addSource({
            url: 'https://bin.example/feed.xml',
            kind: 'press',
            platform: 'feed',
          });
          const good = await store.addSource({ url: 'https://ok.example/feed.xml', kind: 'press', platform: 'feed' });
          const fetcher = servingBodies({ [binary.url]: BINARY, [good.url]: FEED });
          const outcomes = await refreshAllSources({ store, fetcher, now });
          expect(outcomes.map((outcome) => [outcome.url, outcome.status])).toEqual([
            [binary.url, 'failing'],
            [good.url, 'ok'],
          ]);
          const stored = (await store.sourceById(binary.id))!;
          expect(stored.status).toBe('failing');
          expect(stored.lastError).toBeTruthy();
          expect(stored.lastError).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          expect(stored.lastError!.length).toBeLessThanOrEqual(MAX_STORED_MESSAGE_LENGTH);
          expect(outcomes[0]).toMatchObject({ error: stored.lastError });
          expect(await store.listRecords({ sourceId: good.id })).toHaveLength(1);
        } finally {
          await store.close();
        }
      },
      STORE_TEST_TIMEOUT_MS,
    );

    it(
      'stores any exception one source throws as its failure, and goes on',
      async () => {
        const real = await open();
        try {
          let brokenId = '';
          const store = failingWritesFor(real, () => brokenId, 2);
          const broken = await store.addSource({
            url: 'https://broken.example/feed.xml',
            kind: 'press',
            platform: 'feed',
          });
          brokenId = broken.id;
          const good = await store.addSource({ url: 'https://ok.example/feed.xml', kind: 'press', platform: 'feed' });
          const fetcher = servingBodies({
            [broken.url]: FEED.replaceAll('ok.example', 'broken.example'),
            [good.url]: FEED,
          });
          const outcomes = await refreshAllSources({ store, fetcher, now });
          expect(outcomes.map((outcome) => outcome.status)).toEqual(['failing', 'ok']);
          expect(await real.sourceById(broken.id)).toMatchObject({
            status: 'failing',
            consecutiveFailures: 1,
            lastError: 'refresh failed: connection terminated unexpectedly',
            nextDueAt: expect.any(String),
          });
        } finally {
          await real.close();
        }
      },
      STORE_TEST_TIMEOUT_MS,
    );
  });
}

async function serverAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const schemas: string[] = [];
const postgresAnswers = await serverAnswers();
if (!postgresAnswers && process.env.CI) throw new Error(`PostgreSQL at ${DATABASE_URL} does not answer in CI`);
afterAll(async () => {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describeOnStore('PGlite', () => openRecordStore({ dataDir: null }, { now }));
describeOnStore(
  'PostgreSQL',
  () => {
    const schema = `uc_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return openRecordStore({ databaseUrl: DATABASE_URL, schema }, { now });
  },
  !postgresAnswers,
);
