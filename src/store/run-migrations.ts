/**
 * @module store/run-migrations
 * Applies the numbered SQL files in `migrations/` that a database has not seen, in order, each in
 * its own transaction. Several processes starting at once on one PostgreSQL server take turns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sql-client.js';

/** Migration files live beside this module (the build copies them next to the compiled file). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** A fixed advisory-lock key, so concurrent migrators on one server serialise (any constant works). */
const MIGRATION_LOCK_KEY = 4_217_730_101;

export interface Migration {
  version: string;
  sql: string;
}

/** The migrations on disk, ordered by their numeric prefix (`0001-initial.sql` → version `0001`). */
export function readMigrations(directory: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(directory)
    .filter((name) => /^\d{4}-[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: name.slice(0, 4), sql: readFileSync(join(directory, name), 'utf8') }));
}

/** Applies every pending migration; returns the versions it applied (empty when up to date). */
export async function runMigrations(client: SqlClient, migrations: Migration[] = readMigrations()): Promise<string[]> {
  // Under the lock too: two servers' CREATE TABLE IF NOT EXISTS can otherwise race on the catalogue.
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
