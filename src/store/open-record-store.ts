/**
 * @module store/open-record-store
 * Opens the store settings name, migrated and ready: PostgreSQL when a URL is given, else PGlite.
 */
import { join } from 'node:path';
import { openPgliteClient } from './pglite/open-pglite-client.js';
import { openPostgresClient } from './postgres/open-postgres-client.js';
import type { RecordStore } from './record-store.js';
import { SqlRecordStore } from './sql-record-store.js';

export interface StoreLocation {
  /** The embedded store's folder; `null` keeps PGlite in memory (tests). Ignored with `databaseUrl`. */
  dataDir?: string | null;
  databaseUrl?: string | null;
  /** PostgreSQL only: a schema of its own (tests isolate runs this way). */
  schema?: string;
  now?: () => Date;
}

/** Opens and migrates the store. Throws with a message naming the folder or server when it cannot. */
export async function openRecordStore(location: StoreLocation): Promise<RecordStore> {
  const client = location.databaseUrl
    ? await openPostgresClient({ url: location.databaseUrl, ...(location.schema ? { schema: location.schema } : {}) })
    : await openPgliteClient(
        location.dataDir === undefined ? join(process.cwd(), 'undercurrent-data') : location.dataDir,
      );
  const store = new SqlRecordStore(client, location.now);
  try {
    await store.migrate();
  } catch (error) {
    await client.close().catch(() => {});
    throw new Error(`store: migrations failed on ${client.dialect}: ${(error as Error).message}`, { cause: error });
  }
  return store;
}
