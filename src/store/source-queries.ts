/**
 * @module store/source-queries
 * The SQL behind adding sources and recording their fetch state.
 */
import { randomUUID } from 'node:crypto';
import type { Source, SourceFetchState, SourceSchedule } from '../model/index.js';
import type { NewSource } from './record-store.js';
import type { SqlClient } from './sql-client.js';
import { toSource } from './row-mapping.js';

/** See RecordStore.addSource: a URL already stored returns its source unchanged. */
export async function addSource(client: SqlClient, source: NewSource, now: () => Date): Promise<Source> {
  const [created] = await client.query(
    'INSERT INTO sources (id, url, kind, platform, title, venue, tags, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) ON CONFLICT (url) DO NOTHING RETURNING *',
    [
      randomUUID(),
      source.url,
      source.kind,
      source.platform,
      source.title ?? null,
      source.venue ?? null,
      JSON.stringify(source.tags ?? []),
      'new',
      now().toISOString(),
    ],
  );
  if (created) return toSource(created);
  const [existing] = await client.query('SELECT * FROM sources WHERE url = $1', [source.url]);
  return toSource(existing!);
}

/** See RecordStore.updateSourceFetchState. */
export async function updateSourceFetchState(client: SqlClient, id: string, state: SourceFetchState): Promise<void> {
  // Absent optional fields keep their stored value; null clears it.
  await client.query(
    `UPDATE sources SET status = $2, last_error = $3, last_fetched_at = $4,
       etag = CASE WHEN $5::boolean THEN $6 ELSE etag END,
       last_modified = CASE WHEN $7::boolean THEN $8 ELSE last_modified END,
       title = CASE WHEN $9::boolean THEN $10 ELSE title END,
       consecutive_failures = CASE WHEN $11::boolean THEN $12 ELSE consecutive_failures END,
       next_due_at = CASE WHEN $13::boolean THEN $14::timestamptz ELSE next_due_at END
     WHERE id = $1`,
    [
      id,
      state.status,
      state.lastError,
      state.lastFetchedAt,
      state.etag !== undefined,
      state.etag ?? null,
      state.lastModified !== undefined,
      state.lastModified ?? null,
      state.title !== undefined,
      state.title ?? null,
      state.consecutiveFailures !== undefined,
      state.consecutiveFailures ?? 0,
      state.nextDueAt !== undefined,
      state.nextDueAt ?? null,
    ],
  );
}

/** See RecordStore.updateSourceSchedule: absent fields keep their stored value; null clears it. */
export async function updateSourceSchedule(client: SqlClient, id: string, schedule: SourceSchedule): Promise<boolean> {
  const rows = await client.query(
    `UPDATE sources SET
       every_seconds = CASE WHEN $2::boolean THEN $3::integer ELSE every_seconds END,
       interval_seconds = CASE WHEN $4::boolean THEN $5::integer ELSE interval_seconds END,
       next_due_at = CASE WHEN $6::boolean THEN $7::timestamptz ELSE next_due_at END
     WHERE id = $1 RETURNING id`,
    [
      id,
      schedule.everySeconds !== undefined,
      schedule.everySeconds ?? null,
      schedule.intervalSeconds !== undefined,
      schedule.intervalSeconds ?? null,
      schedule.nextDueAt !== undefined,
      schedule.nextDueAt ?? null,
    ],
  );
  return rows.length > 0;
}
