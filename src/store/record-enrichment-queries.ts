/**
 * @module store/record-enrichment-queries
 * The SQL behind storing and reading records' enrichments (table record_enrichment, migration 0008).
 */
import type { RecordEnrichment } from '../model/index.js';
import type { StoredEnrichment } from './record-store.js';
import type { SqlClient } from './sql-client.js';
import { jsonOf } from './row-mapping.js';

/**
 * Enrichments per statement. One enrichment is a few kilobytes of JSON (its term counts and name
 * evidence), so 500 keep one parameter to a few megabytes, as records' UPSERT_BATCH_SIZE (record-write-queries.ts) does.
 */
export const ENRICHMENT_BATCH_SIZE = 500;

/** See RecordStore.putEnrichments: all batches in one transaction, so a bad id stores none. */
export async function putEnrichments(client: SqlClient, enrichments: StoredEnrichment[]): Promise<void> {
  const unique = [...new Map(enrichments.map((entry) => [entry.recordId, entry.enrichment])).entries()];
  if (unique.length === 0) return;
  await client.transaction(async (tx) => {
    for (let start = 0; start < unique.length; start += ENRICHMENT_BATCH_SIZE) {
      const rows = unique
        .slice(start, start + ENRICHMENT_BATCH_SIZE)
        .map(([record_id, enrichment]) => ({ record_id, version: enrichment.version, enrichment }));
      await tx.query(
        'INSERT INTO record_enrichment (record_id, version, enrichment) SELECT record_id, version, enrichment FROM jsonb_to_recordset($1::jsonb) ' +
          'AS x(record_id text, version integer, enrichment jsonb) ON CONFLICT (record_id) DO UPDATE SET version = excluded.version, enrichment = excluded.enrichment',
        [JSON.stringify(rows)],
      );
    }
  });
}

/** See RecordStore.enrichmentsOf. */
export async function enrichmentsOf(client: SqlClient, recordIds: string[]): Promise<Map<string, RecordEnrichment>> {
  const found = new Map<string, RecordEnrichment>();
  if (recordIds.length === 0) return found;
  const rows = await client.query<{ record_id: string; enrichment: unknown }>(
    'SELECT record_id, enrichment FROM record_enrichment WHERE record_id = ANY($1::text[])',
    [recordIds],
  );
  for (const row of rows) found.set(row.record_id, jsonOf<RecordEnrichment>(row.enrichment));
  return found;
}
