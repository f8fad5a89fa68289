/**
 * @module store/record-write-queries
 * The SQL behind writing records: batched upserts, the change log and deletion marks.
 */
import type { RecordRevision, SourceRecord } from '../model/index.js';
import type { UpsertResult } from './record-store.js';
import type { SqlClient } from './sql-client.js';
import { recordToRow } from './row-mapping.js';

/** Records per upsert statement: large enough to amortise round trips, small enough for one JSON parameter. */
export const UPSERT_BATCH_SIZE = 500;

const RECORD_COLUMNS =
  'id text, platform text, kind text, source_id text, external_id text, url text, canonical_url text, title text, author text, ' +
  'published_at timestamptz, fetched_at timestamptz, text text, thread_id text, parent_id text, engagement jsonb, ' +
  'language text, venue text, raw_hash text';
const RECORD_NAMES = RECORD_COLUMNS.split(', ').map((column) => column.split(' ')[0]!);

/** See RecordStore.upsertRecords: all batches in one transaction. */
export async function upsertRecords(client: SqlClient, records: SourceRecord[]): Promise<UpsertResult> {
  // The last copy of an id wins, as it would with one upsert per record; one statement cannot touch a row twice.
  const unique = [...new Map(records.map((record) => [record.id, record])).values()];
  const result: UpsertResult = { inserted: 0, updated: 0 };
  const updates = RECORD_NAMES.filter((name) => name !== 'id')
    .map((name) => `${name} = excluded.${name}`)
    .join(', ');
  await client.transaction(async (tx) => {
    for (let start = 0; start < unique.length; start += UPSERT_BATCH_SIZE) {
      const batch = unique.slice(start, start + UPSERT_BATCH_SIZE).map(recordToRow);
      const rows = await tx.query<{ inserted: boolean }>(
        `INSERT INTO records (${RECORD_NAMES.join(', ')}) SELECT ${RECORD_NAMES.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD_COLUMNS}) ` +
          `ON CONFLICT (id) DO UPDATE SET ${updates} RETURNING (xmax = 0) AS inserted`,
        [JSON.stringify(batch)],
      );
      for (const row of rows) {
        if (row.inserted) result.inserted += 1;
        else result.updated += 1;
      }
    }
  });
  return result;
}

/** See RecordStore.saveRecordRevisions: one statement for the whole list. */
export async function saveRecordRevisions(client: SqlClient, revisions: RecordRevision[]): Promise<void> {
  if (revisions.length === 0) return;
  await client.query(
    'INSERT INTO record_revisions (record_id, change, at, previous_title, previous_text, raw_hash) ' +
      'SELECT record_id, change, at, previous_title, previous_text, raw_hash FROM jsonb_to_recordset($1::jsonb) ' +
      'AS x(record_id text, change text, at timestamptz, previous_title text, previous_text text, raw_hash text)',
    [
      JSON.stringify(
        revisions.map((revision) => ({
          record_id: revision.recordId,
          change: revision.change,
          at: revision.at,
          previous_title: revision.previousTitle,
          previous_text: revision.previousText,
          raw_hash: revision.rawHash,
        })),
      ),
    ],
  );
}

/** See RecordStore.markRecordsDeleted: each newly marked record gets a `deleted` revision in the same transaction. */
export async function markRecordsDeleted(
  client: SqlClient,
  ids: string[],
  at: string,
  rawHash: string | null,
): Promise<number> {
  if (ids.length === 0) return 0;
  return client.transaction(async (tx) => {
    const marked = await tx.query<{ id: string; title: string | null; text: string }>(
      'UPDATE records SET deleted_at = $2 WHERE id = ANY($1::text[]) AND deleted_at IS NULL RETURNING id, title, text',
      [ids, at],
    );
    for (const row of marked) {
      await tx.query(
        "INSERT INTO record_revisions (record_id, change, at, previous_title, previous_text, raw_hash) VALUES ($1, 'deleted', $2, $3, $4, $5)",
        [row.id, at, row.title, row.text, rawHash],
      );
    }
    return marked.length;
  });
}
