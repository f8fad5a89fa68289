/**
 * @module store/record-reference-queries
 * The SQL behind finding stored records by the names other payloads call them: external id,
 * canonical URL, URL, or a saved alias (a Mastodon status's REST address).
 */
import type { RecordAlias } from './record-store.js';
import type { SqlClient } from './sql-client.js';

/** See RecordStore.recordIdsByReferences: a record's own names win over an alias (rank 0 before 1). */
export async function recordIdsByReferences(client: SqlClient, references: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (references.length === 0) return found;
  const rows = await client.query<{
    id: string;
    external_id: string;
    canonical_url: string | null;
    url: string | null;
  }>(
    'SELECT id, external_id, canonical_url, url, 0 AS rank FROM records WHERE external_id = ANY($1::text[]) OR canonical_url = ANY($1::text[]) OR url = ANY($1::text[]) ' +
      'UNION ALL SELECT record_id, alias, NULL, NULL, 1 FROM record_aliases WHERE alias = ANY($1::text[]) ORDER BY rank, id',
    [references],
  );
  const wanted = new Set(references);
  for (const row of rows) {
    for (const reference of [row.external_id, row.canonical_url, row.url]) {
      if (reference !== null && wanted.has(reference) && !found.has(reference)) found.set(reference, row.id);
    }
  }
  return found;
}

/** See RecordStore.saveRecordAliases: the last entry for an alias wins, in the batch and over what was stored. */
export async function saveRecordAliases(client: SqlClient, aliases: RecordAlias[]): Promise<void> {
  if (aliases.length === 0) return;
  const rows = [...new Map(aliases.map((entry) => [entry.alias, entry.recordId])).entries()].map(
    ([alias, record_id]) => ({ alias, record_id }),
  );
  await client.query(
    'INSERT INTO record_aliases (alias, record_id) SELECT alias, record_id FROM jsonb_to_recordset($1::jsonb) AS x(alias text, record_id text) ' +
      'ON CONFLICT (alias) DO UPDATE SET record_id = excluded.record_id',
    [JSON.stringify(rows)],
  );
}
