/**
 * @module store/open-record-store
 * Opens the store the caller names, migrated and ready: PGlite in a folder (or in memory), or a
 * PostgreSQL server. The choice is the caller's (main.ts picks it from the settings).
 */
import { DataDirLockedError } from './pglite/acquire-data-dir-lock.js';
import { openPgliteClient } from './pglite/open-pglite-client.js';
import { openRunningStoreClient } from './remote/open-running-store-client.js';
import type { SqlClient } from './sql-client.js';
import { openPostgresClient } from './postgres/open-postgres-client.js';
import type { RecordStore } from './record-store.js';
import { SqlRecordStore } from './sql-record-store.js';

/** The embedded store: PGlite in `dataDir`, or in memory when it is `null` (tests). */
export interface PgliteLocation {
  dataDir: string | null;
}

/** A PostgreSQL server. */
export interface PostgresLocation {
  databaseUrl: string;
  /** A schema of its own (tests isolate runs this way); default the server's search path. */
  schema?: string;
}

/** Which store to open: the embedded one or a server. */
export type StoreLocation = PgliteLocation | PostgresLocation;

/**
 * Opens and migrates the store at `location`; `now` stamps what the store records (default the
 * system clock). Throws with a message naming the folder or server when it cannot.
 */
export async function openRecordStore(
  location: StoreLocation,
  options: { now?: () => Date } = {},
): Promise<RecordStore> {
  return (await openStoreAndClient(location, options)).store;
}

/** The store and the SQL client under it (the job queue and the store endpoint share the client). */
export interface OpenedStore {
  store: RecordStore;
  client: SqlClient;
}

/**
 * Like {@link openRecordStore}, also handing back the client. A data folder that a running
 * `undercurrent run` holds is reached through that process's store endpoint (store/remote/).
 */
export async function openStoreAndClient(
  location: StoreLocation,
  options: { now?: () => Date } = {},
): Promise<OpenedStore> {
  const client =
    'databaseUrl' in location
      ? await openPostgresClient({ url: location.databaseUrl, ...(location.schema ? { schema: location.schema } : {}) })
      : await openPgliteOrRunningClient(location.dataDir);
  const store = new SqlRecordStore(client, options.now);
  try {
    await store.migrate();
  } catch (error) {
    await client.close().catch(() => {});
    throw new Error(`store: migrations failed on ${client.dialect}: ${(error as Error).message}`, { cause: error });
  }
  return { store, client };
}

/** PGlite in the folder; when a live `undercurrent run` holds it, a client of that process's store endpoint. */
async function openPgliteOrRunningClient(dataDir: string | null): Promise<SqlClient> {
  try {
    return await openPgliteClient(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const remote = await openRunningStoreClient(error.dataDir, error.holderPid);
    if (remote === null) throw error;
    return remote;
  }
}
