/**
 * @module store/sql-client
 * The one thing the SQL record store needs from a database driver: parameterised queries,
 * multi-statement scripts and transactions. PGlite and node-postgres each implement it.
 */
import type { PGlite } from '@electric-sql/pglite';

/** A row as the driver returns it: column name to value. */
export type SqlRow = Record<string, unknown>;

export interface SqlQueryable {
  /** Runs one statement with `$1…` parameters; returns its rows (empty for statements without). */
  query<T extends SqlRow = SqlRow>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** "pglite" or "postgres" (a server, or a running `undercurrent run` reached over its store endpoint), for messages. */
  readonly dialect: 'pglite' | 'postgres';
  /**
   * The embedded database itself, when this client opened one: the job queue shares it (pg-boss's
   * PGlite adapter) and the store endpoint serves it. Absent for a server or a remote client.
   */
  readonly embedded?: PGlite;
}
