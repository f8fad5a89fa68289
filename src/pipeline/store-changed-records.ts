/**
 * @module pipeline/store-changed-records
 * Incremental storage: of a payload's records only the new and the changed are written; an edit
 * keeps the old words in the record's change log, and a tombstone marks the record deleted instead
 * of overwriting what it said. New and edited records are enriched as they are stored.
 */
import type { SourceRecord } from '../model/index.js';
import type { ParsedTombstone } from '../parse/payload-parser.js';
import type { RecordStore } from '../store/record-store.js';
import { sortRecordChanges } from '../store/sort-record-changes.js';
import { enrichRecord } from '../enrich/enrich-record.js';

export interface StoredChanges {
  inserted: number;
  /** Records rewritten: edited, or with new engagement or links. */
  updated: number;
  /** Of the updated, those whose title or text changed (each logged with its old words). */
  edited: number;
  /** Stored records newly marked deleted. */
  deleted: number;
  /** Records identical to what was stored, not written. */
  unchanged: number;
}

/**
 * Steps: (1) read the stored copies and sort each record into new, edited, otherwise changed or
 * unchanged (store/sort-record-changes); (2) write the new and changed; (3) log the edits' old words;
 * (4) enrich the new and edited (their words are what an enrichment reads; see enrich-record.ts);
 * (5) mark tombstones.
 */
export async function storeChangedRecords(
  store: RecordStore,
  records: SourceRecord[],
  tombstones: readonly ParsedTombstone[],
  seen: { at: string; rawHash: string },
): Promise<StoredChanges> {
  const changes = await sortRecordChanges(store, records, tombstones, seen);
  const { inserted, updated } = await store.upsertRecords(changes.toWrite);
  await store.saveRecordRevisions(changes.revisions);
  await store.putEnrichments(
    changes.toEnrich.map((record) => ({ recordId: record.id, enrichment: enrichRecord(record) })),
  );
  const deleted = await store.markRecordsDeleted(changes.deletedIds, seen.at, seen.rawHash);
  return { inserted, updated, edited: changes.revisions.length, deleted, unchanged: changes.unchanged };
}
