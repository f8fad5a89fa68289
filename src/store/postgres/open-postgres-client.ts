/**
 * @module store/postgres/open-postgres-client
 * A PostgreSQL server (DATABASE_URL) behind SqlClient, through a node-postgres pool.
 */
import pg from 'pg';
import type { SqlClient, SqlQueryable, SqlRow } from '../sql-client.js';

/** Connections per process: the pipeline is sequential, the web server reads a few rows per page. */
export const DEFAULT_POOL_SIZE = 4;
/** A server that does not answer within this long is reported, rather than waited on forever. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Advisory-lock key for creating a schema (any constant distinct from the migration lock's). */
const SCHEMA_LOCK_KEY = 4_217_730_102;

export interface PostgresClientOptions {
  url: string;
  /** A schema to create and use instead of `public` (the contract tests isolate each run this way). */
  schema?: string;
}

/** Opens a pool and checks that the server answers; throws with the URL (password hidden) if not. */
export async function openPostgresClient(options: PostgresClientOptions): Promise<SqlClient> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`store: invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    // CREATE SCHEMA IF NOT EXISTS races when several processes start at once: serialise it.
    // Three separate statements, so the creation commits before the lock is released.
    const connection = await pool.connect();
    try {
      if (schema) {
        await connection.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
        try {
          await connection.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        } finally {
          await connection.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]);
        }
      } else await connection.query('SELECT 1');
    } finally {
      connection.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`store: cannot reach PostgreSQL at ${redactUrl(options.url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const queryable = (target: pg.Pool | pg.PoolClient): SqlQueryable => ({
    async query<T extends SqlRow>(sql: string, parameters: unknown[] = []) {
      return (await target.query(sql, parameters)).rows as T[];
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which takes several statements.
      await target.query(sql);
    },
  });
  return {
    dialect: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** The URL with any password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}
