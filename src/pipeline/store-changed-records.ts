/**
 * @module pipeline/store-changed-records
 * Incremental storage: of a payload's records only the new and the changed are written; an edit
 * keeps the old words in the record's change log, and a tombstone marks the record deleted instead
 * of overwriting what it said. New and edited records are enriched as they are stored.
 */
import { recordIdFor, type RecordRevision, type SourceRecord } from '../model/index.js';
import type { ParsedTombstone } from '../parse/payload-parser.js';
import type { RecordStore } from '../store/record-store.js';
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
 * Steps: read the stored copies; sort each record into new, edited, otherwise changed or unchanged;
 * write; enrich the new and edited (their words are what an enrichment reads; see enrich-record.ts);
 * mark tombstones.
 */
export async function storeChangedRecords(
  store: RecordStore,
  records: SourceRecord[],
  tombstones: readonly ParsedTombstone[],
  seen: { at: string; rawHash: string },
): Promise<StoredChanges> {
  const deletedIds = [...new Set(tombstones.map((tombstone) => recordIdFor(tombstone.platform, tombstone.externalId)))];
  const latest = [...new Map(records.map((record) => [record.id, record])).values()];
  const stored = new Map(
    (await store.listRecords({ ids: latest.map((record) => record.id) })).map((record) => [record.id, record]),
  );
  const gone = new Set(deletedIds);
  const toWrite: SourceRecord[] = [];
  const toEnrich: SourceRecord[] = [];
  const revisions: RecordRevision[] = [];
  let unchanged = 0;
  for (const record of latest) {
    const before = stored.get(record.id);
    // A tombstone never overwrites a stored record's words (a Reddit submission keeps its title when its text is removed).
    if (before && gone.has(record.id)) continue;
    if (!before) {
      toWrite.push(record);
      toEnrich.push(record);
    } else if (before.title !== record.title || before.text !== record.text) {
      revisions.push({
        recordId: record.id,
        change: 'edited',
        at: seen.at,
        previousTitle: before.title,
        previousText: before.text,
        rawHash: seen.rawHash,
      });
      toWrite.push(record);
      toEnrich.push(record);
    } else if (isOtherwiseChanged(before, record)) toWrite.push(record);
    else unchanged += 1;
  }
  const { inserted, updated } = await store.upsertRecords(toWrite);
  await store.saveRecordRevisions(revisions);
  await store.putEnrichments(toEnrich.map((record) => ({ recordId: record.id, enrichment: enrichRecord(record) })));
  const deleted = await store.markRecordsDeleted(deletedIds, seen.at, seen.rawHash);
  return { inserted, updated, edited: revisions.length, deleted, unchanged };
}

/** Engagement, links, author or dates differ: worth writing, not worth a log entry. */
function isOtherwiseChanged(before: SourceRecord, after: SourceRecord): boolean {
  return (
    !sameEngagement(before.engagement, after.engagement) ||
    before.threadId !== after.threadId ||
    before.parentId !== after.parentId ||
    before.author !== after.author ||
    before.publishedAt !== after.publishedAt ||
    before.url !== after.url ||
    before.canonicalUrl !== after.canonicalUrl ||
    before.venue !== after.venue ||
    before.kind !== after.kind ||
    before.sourceId !== after.sourceId ||
    before.language !== after.language
  );
}

/** Key by key: a jsonb column gives keys back in its own order, so the JSON text differs when the values do not. */
function sameEngagement(a: SourceRecord['engagement'], b: SourceRecord['engagement']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SourceRecord['engagement']>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
