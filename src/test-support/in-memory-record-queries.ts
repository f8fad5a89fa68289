/**
 * @module test-support/in-memory-record-queries
 * The in-memory fake's record and enrichment operations, as the SQL store's queries behave.
 */
import type { Platform, RecordEnrichment, SourceRecord } from '../model/index.js';
import type { RecordFilter, StoredEnrichment, UpsertResult } from '../store/record-store.js';
import type { InMemoryTables } from './in-memory-tables.js';

function newestFirst(a: SourceRecord, b: SourceRecord): number {
  const byPublished = (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');
  if (byPublished !== 0) return byPublished;
  return b.fetchedAt.localeCompare(a.fetchedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** See RecordStore.upsertRecords: the last copy of an id wins, and a deletion mark survives. */
export function upsertRecords(tables: InMemoryTables, records: SourceRecord[]): UpsertResult {
  const result = { inserted: 0, updated: 0 };
  for (const record of new Map(records.map((each) => [each.id, each])).values()) {
    const stored = tables.records.get(record.id);
    if (stored) result.updated += 1;
    else result.inserted += 1;
    const { deletedAt: _ignored, ...copy } = structuredClone(record);
    tables.records.set(record.id, stored?.deletedAt ? { ...copy, deletedAt: stored.deletedAt } : copy);
  }
  return result;
}

/** See RecordStore.markRecordsDeleted: each newly marked record gets a `deleted` revision. */
export function markRecordsDeleted(tables: InMemoryTables, ids: string[], at: string, rawHash: string | null): number {
  let marked = 0;
  for (const id of new Set(ids)) {
    const stored = tables.records.get(id);
    if (!stored || stored.deletedAt) continue;
    stored.deletedAt = at;
    tables.revisions.push({
      recordId: id,
      change: 'deleted',
      at,
      previousTitle: stored.title,
      previousText: stored.text,
      rawHash,
    });
    marked += 1;
  }
  return marked;
}

/** See RecordStore.countRecordsBySource. */
export function countRecordsBySource(tables: InMemoryTables): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of tables.records.values()) {
    if (record.sourceId !== null) counts.set(record.sourceId, (counts.get(record.sourceId) ?? 0) + 1);
  }
  return counts;
}

/** See RecordStore.listRecords: newest first, undated last. */
export function listRecords(tables: InMemoryTables, filter: RecordFilter): SourceRecord[] {
  const ids = filter.ids ? new Set(filter.ids) : null;
  const matching = [...tables.records.values()]
    .filter((record) => (ids ? ids.has(record.id) : true))
    .filter((record) => (filter.platform ? record.platform === filter.platform : true))
    .filter((record) => (filter.sourceId ? record.sourceId === filter.sourceId : true))
    .sort(newestFirst);
  return filter.limit === undefined ? matching : matching.slice(0, filter.limit);
}

/** See RecordStore.countRecordsByPlatform. */
export function countRecordsByPlatform(tables: InMemoryTables): Partial<Record<Platform, number>> {
  const counts: Partial<Record<Platform, number>> = {};
  for (const record of tables.records.values()) counts[record.platform] = (counts[record.platform] ?? 0) + 1;
  return counts;
}

/** See RecordStore.recordIdsByReferences: a record's own names win over an alias. */
export function recordIdsByReferences(tables: InMemoryTables, references: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const reference of references) {
    const match = [...tables.records.values()].find((record) =>
      [record.externalId, record.canonicalUrl, record.url].includes(reference),
    );
    const aliased = tables.aliases.get(reference);
    if (match) found.set(reference, match.id);
    else if (aliased) found.set(reference, aliased);
  }
  return found;
}

/** See RecordStore.putEnrichments. */
export function putEnrichments(tables: InMemoryTables, enrichments: StoredEnrichment[]): void {
  // As the foreign key does: one unknown record rejects the batch before anything is stored.
  const unknown = enrichments.find((entry) => !tables.records.has(entry.recordId));
  if (unknown) throw new Error(`putEnrichments: no stored record ${unknown.recordId}`);
  for (const { recordId, enrichment } of enrichments) tables.enrichments.set(recordId, structuredClone(enrichment));
}

/** See RecordStore.enrichmentsOf. */
export function enrichmentsOf(tables: InMemoryTables, recordIds: string[]): Map<string, RecordEnrichment> {
  const found = new Map<string, RecordEnrichment>();
  for (const id of recordIds) {
    const enrichment = tables.enrichments.get(id);
    if (enrichment) found.set(id, enrichment);
  }
  return found;
}
