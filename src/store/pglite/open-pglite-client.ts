/**
 * @module store/pglite/open-pglite-client
 * The embedded store: PGlite (PostgreSQL compiled to WebAssembly) in a data folder, behind SqlClient.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable, SqlRow } from '../sql-client.js';
import { acquireDataDirLock } from './acquire-data-dir-lock.js';
import { initializePgliteDataDir } from './initialize-pglite-data-dir.js';

/**
 * PostgreSQL's buffer pool inside PGlite's WebAssembly memory. PostgreSQL's default is 128 MB, all of
 * it resident once a large store has been read; the data files sit on disk in the OS page cache
 * anyway. With 16 MB, a 30,000-record run of the scale bench peaked at 507 MiB resident instead of
 * 619 MiB and took no longer (one run each, docs/PERFORMANCE.md, Scale).
 */
export const SHARED_BUFFERS = '16MB';

/**
 * Opens (creating if needed, in a child process: see initializePgliteDataDir) the PGlite database in `dataDir`. `dataDir: null` keeps it in memory
 * (tests). One process at a time may hold a data folder: a second one is refused with the holder's pid.
 */
export async function openPgliteClient(dataDir: string | null): Promise<SqlClient> {
  let release = (): void => {};
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  let database: PGlite;
  try {
    if (dataDir !== null) await initializePgliteDataDir(`${dataDir}/pgdata`);
    database = await PGlite.create(dataDir === null ? undefined : `${dataDir}/pgdata`, {
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
    });
  } catch (error) {
    release();
    throw new Error(
      `store: could not open the embedded database in ${dataDir ?? 'memory'}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const queryable = (target: Pick<Transaction, 'query' | 'exec'>): SqlQueryable => ({
    async query<T extends SqlRow>(sql: string, parameters: unknown[] = []) {
      return (await target.query<T>(sql, parameters)).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    dialect: 'pglite',
    embedded: database,
    ...queryable(database),
    transaction(work) {
      return database.transaction((tx) => work(queryable(tx)));
    },
    async close() {
      try {
        await database.close();
      } finally {
        release();
      }
    },
  };
}
