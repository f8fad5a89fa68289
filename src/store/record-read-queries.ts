/**
 * @module store/record-read-queries
 * The SQL behind listing and counting stored records.
 */
import type { Platform, SourceRecord } from '../model/index.js';
import type { RecordFilter } from './record-store.js';
import type { SqlClient } from './sql-client.js';
import { toRecord } from './row-mapping.js';

const NEWEST_FIRST = 'ORDER BY published_at DESC NULLS LAST, fetched_at DESC, id';

/** See RecordStore.listRecords: newest first, undated last, each filter ANDed. */
export async function listRecords(client: SqlClient, filter: RecordFilter): Promise<SourceRecord[]> {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  const add = (condition: string, value: unknown): void => {
    parameters.push(value);
    conditions.push(condition.replace('?', `$${parameters.length}`));
  };
  if (filter.ids) add('id = ANY(?::text[])', filter.ids);
  if (filter.platform) add('platform = ?', filter.platform);
  if (filter.sourceId) add('source_id = ?', filter.sourceId);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  let limit = '';
  if (filter.limit !== undefined) {
    parameters.push(filter.limit);
    limit = `LIMIT $${parameters.length}`;
  }
  const rows = await client.query(`SELECT * FROM records ${where} ${NEWEST_FIRST} ${limit}`, parameters);
  return rows.map(toRecord);
}

/** See RecordStore.countRecordsBySource: records without a source are not counted. */
export async function countRecordsBySource(client: SqlClient): Promise<Map<string, number>> {
  const rows = await client.query<{ source_id: string; count: number | string }>(
    'SELECT source_id, count(*) AS count FROM records WHERE source_id IS NOT NULL GROUP BY source_id',
  );
  return new Map(rows.map((row) => [row.source_id, Number(row.count)]));
}

/** See RecordStore.countRecordsByPlatform. */
export async function countRecordsByPlatform(client: SqlClient): Promise<Partial<Record<Platform, number>>> {
  const rows = await client.query<{ platform: Platform; count: number | string }>(
    'SELECT platform, count(*) AS count FROM records GROUP BY platform',
  );
  return Object.fromEntries(rows.map((row) => [row.platform, Number(row.count)]));
}
