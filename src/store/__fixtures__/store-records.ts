/**
 * @module store/__fixtures__/store-records
 * Contract-suite helper: records stored the way the ingest path stores them, pointing at a saved payload.
 */
import type { SourceRecord } from '../../model/index.js';
import type { RecordStore } from '../record-store.js';

/** The receipt time the contract suite gives its payloads and fetch states. */
export const RECEIVED_AT = '2026-11-30T12:00:00.000Z';

/** Stores a payload in `store` and upserts `records` pointing at it; returns the records as stored. */
export async function storeRecords(store: RecordStore, ...records: SourceRecord[]): Promise<SourceRecord[]> {
  const bytes = new TextEncoder().encode(JSON.stringify(records.map((record) => record.id)));
  const rawHash = await store.putRawPayload({
    bytes,
    contentType: 'application/json',
    url: null,
    receivedAt: RECEIVED_AT,
  });
  const stored = records.map((record) => ({ ...record, rawHash }));
  await store.upsertRecords(stored);
  return stored;
}
