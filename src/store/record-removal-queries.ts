/**
 * @module store/record-removal-queries
 * The SQL behind removing records (`records remove`, `sources remove --purge`, retention): each record
 * goes with its change log, aliases, enrichment and story membership, and its raw payload goes once
 * no remaining record needs it.
 */
import type { RemovedRecords } from './record-store.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

/** See RecordStore.removeRecords. */
export function removeRecords(client: SqlClient, ids: readonly string[]): Promise<RemovedRecords> {
  if (ids.length === 0) return Promise.resolve({ records: 0, payloads: 0 });
  return client.transaction((tx) => removeWhere(tx, 'id = ANY($1::text[])', [ids]));
}

/** See RecordStore.removeRecordsOfSource. */
export function removeRecordsOfSource(client: SqlClient, sourceId: string): Promise<RemovedRecords> {
  return client.transaction((tx) => removeWhere(tx, 'source_id = $1', [sourceId]));
}

/** See RecordStore.removeRecordsBefore: a record's time is its publication, else its fetch. */
export function removeRecordsBefore(client: SqlClient, before: string): Promise<RemovedRecords> {
  return client.transaction((tx) =>
    removeWhere(
      tx,
      'COALESCE(published_at, fetched_at) < $1::timestamptz AND NOT EXISTS (SELECT 1 FROM story_citations c WHERE c.record_id = records.id)',
      [before],
    ),
  );
}

async function removeWhere(tx: SqlQueryable, condition: string, parameters: unknown[]): Promise<RemovedRecords> {
  const removed = await tx.query<{ id: string; raw_hash: string }>(
    `DELETE FROM records WHERE ${condition} RETURNING id, raw_hash`,
    parameters,
  );
  if (removed.length === 0) return { records: 0, payloads: 0 };
  const ids = removed.map((row) => row.id);
  for (const table of ['record_revisions', 'record_aliases', 'story_members'])
    await tx.query(`DELETE FROM ${table} WHERE record_id = ANY($1::text[])`, [ids]);
  const payloads = await tx.query(
    'DELETE FROM raw_payloads p WHERE p.hash = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM records r WHERE r.raw_hash = p.hash) RETURNING hash',
    [[...new Set(removed.map((row) => row.raw_hash))]],
  );
  return { records: removed.length, payloads: payloads.length };
}
