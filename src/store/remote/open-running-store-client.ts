/**
 * @module store/remote/open-running-store-client
 * A SqlClient for a data folder that a running `undercurrent run` holds: every statement goes to its
 * store endpoint (serve-store-endpoint.ts), so commands keep working while the service runs.
 */
import type { SqlClient, SqlQueryable, SqlRow } from '../sql-client.js';
import type { EndpointRequest } from './serve-store-endpoint.js';
import { decodeSqlValue, encodeSqlValue, mapRows } from './sql-value-codec.js';
import { readStoreEndpoint, type StoreEndpoint } from './store-endpoint-file.js';

/** Raised when the endpoint refuses a statement; `code` is PostgreSQL's SQLSTATE when it gave one. */
export class StoreEndpointError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'StoreEndpointError';
  }
}

/**
 * The client for the endpoint the process `holderPid` wrote into `dataDir`; null when the folder has
 * no endpoint file of that process (a `serve`, a `fetch`, or a `run` still starting).
 */
export async function openRunningStoreClient(dataDir: string, holderPid: number): Promise<SqlClient | null> {
  const endpoint = readStoreEndpoint(dataDir);
  if (endpoint === null || endpoint.pid !== holderPid) return null;
  const send = (request: EndpointRequest) => sendRequest(endpoint, request);
  const queryable = (transaction?: string): SqlQueryable => ({
    async query<T extends SqlRow>(sql: string, parameters: unknown[] = []) {
      return (await send({ op: 'query', sql, parameters, ...(transaction ? { transaction } : {}) })) as T[];
    },
    async exec(sql: string) {
      await send({ op: 'exec', sql, ...(transaction ? { transaction } : {}) });
    },
  });
  // Fails now, with the reason, when the endpoint does not answer.
  await send({ op: 'query', sql: 'SELECT 1' });
  return {
    dialect: 'pglite',
    ...queryable(),
    async transaction(work) {
      const [opened] = (await send({ op: 'begin' })) as Array<{ transaction: string }>;
      const transaction = opened!.transaction;
      try {
        const result = await work(queryable(transaction));
        await send({ op: 'commit', transaction });
        return result;
      } catch (error) {
        await send({ op: 'rollback', transaction }).catch(() => {});
        throw error;
      }
    },
    async close() {},
  };
}

async function sendRequest(endpoint: StoreEndpoint, request: EndpointRequest): Promise<SqlRow[]> {
  const body = JSON.stringify({ ...request, parameters: request.parameters?.map(encodeSqlValue) });
  let response: Response;
  try {
    response = await fetch(`${endpoint.url}/sql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${endpoint.token}`, 'content-type': 'application/json' },
      body,
    });
  } catch (error) {
    throw new Error(`store: the running undercurrent (pid ${endpoint.pid}) does not answer at ${endpoint.url}`, {
      cause: error,
    });
  }
  const answer = (await response.json()) as { rows?: SqlRow[]; error?: string; code?: string | null };
  if (!response.ok)
    throw new StoreEndpointError(`store endpoint: ${answer.error ?? response.status}`, answer.code ?? null);
  return mapRows(answer.rows ?? [], decodeSqlValue);
}
