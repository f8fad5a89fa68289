import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openRecordStore } from '../open-record-store.js';
import { describeRecordStoreContract } from '../record-store.contract.js';
import { readMigrations } from '../run-migrations.js';

/** The server the tests use; CI starts it (see .ci/run). */
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function serverAnswers(): Promise<string | null> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await serverAnswers();
if (unreachable !== null) {
  if (process.env.CI) throw new Error(`PostgreSQL at ${DATABASE_URL} does not answer in CI: ${unreachable}`);
  console.warn(
    `Skipping the PostgreSQL store tests: ${DATABASE_URL} does not answer (${unreachable}). Set TEST_DATABASE_URL to run them.`,
  );
}

const schemas: string[] = [];
function freshSchema(): string {
  const schema = `uc_test_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  return schema;
}

describe.skipIf(unreachable !== null)('PostgreSQL store', () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  describeRecordStoreContract('PostgreSQL', () =>
    openRecordStore({ databaseUrl: DATABASE_URL, schema: freshSchema() }),
  );

  it('lets several processes migrate one database at once, applying each migration once', async () => {
    const schema = freshSchema();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openRecordStore({ databaseUrl: DATABASE_URL, schema })));
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    await client.end();
    expect(rows.map((row) => row.version)).toEqual(readMigrations().map((migration) => migration.version));
    await Promise.all(stores.map((store) => store.close()));
  });

  it('names the server, without its password, when it cannot be reached', async () => {
    await expect(openRecordStore({ databaseUrl: 'postgres://someone:secret@127.0.0.1:1/none' })).rejects.toThrow(
      /cannot reach PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none/,
    );
  });
});
