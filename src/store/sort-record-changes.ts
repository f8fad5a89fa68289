/**
 * @module store/sort-record-changes
 * Incremental storage's decision: of a payload's records, which are new, edited, otherwise changed
 * or unchanged against their stored copies. An edit keeps the old words as a revision, and a
 * tombstone marks the record deleted instead of overwriting what it said.
 */
import { recordIdFor, type RecordRevision, type SourceRecord } from '../model/index.js';
import type { ParsedTombstone } from '../parse/payload-parser.js';
import type { RecordStore } from './record-store.js';

/** What to write for one payload. */
export interface RecordChanges {
  /** New and changed records, the last copy of each id. */
  toWrite: SourceRecord[];
  /** New and edited records: their words are new, so their enrichment is to compute. */
  toEnrich: SourceRecord[];
  /** One per edited record, with its old title and text. */
  revisions: RecordRevision[];
  /** Ids the tombstones name, once each, to mark deleted. */
  deletedIds: string[];
  /** Records identical to what was stored, not to write. */
  unchanged: number;
}

/**
 * Reads the stored copies of `records` and sorts each (its last copy when an id repeats) into new,
 * edited (title or text changed), otherwise changed or unchanged. A record a tombstone names is
 * written only when nothing of it was stored.
 */
export async function sortRecordChanges(
  store: RecordStore,
  records: SourceRecord[],
  tombstones: readonly ParsedTombstone[],
  seen: { at: string; rawHash: string },
): Promise<RecordChanges> {
  const deletedIds = [...new Set(tombstones.map((tombstone) => recordIdFor(tombstone.platform, tombstone.externalId)))];
  const latest = [...new Map(records.map((record) => [record.id, record])).values()];
  const stored = new Map(
    (await store.listRecords({ ids: latest.map((record) => record.id) })).map((record) => [record.id, record]),
  );
  const gone = new Set(deletedIds);
  const changes: RecordChanges = { toWrite: [], toEnrich: [], revisions: [], deletedIds, unchanged: 0 };
  for (const record of latest) {
    const before = stored.get(record.id);
    // A tombstone never overwrites a stored record's words (a Reddit submission keeps its title when its text is removed).
    if (before && gone.has(record.id)) continue;
    if (!before) {
      changes.toWrite.push(record);
      changes.toEnrich.push(record);
    } else if (before.title !== record.title || before.text !== record.text) {
      changes.revisions.push({
        recordId: record.id,
        change: 'edited',
        at: seen.at,
        previousTitle: before.title,
        previousText: before.text,
        rawHash: seen.rawHash,
      });
      changes.toWrite.push(record);
      changes.toEnrich.push(record);
    } else if (isOtherwiseChanged(before, record)) changes.toWrite.push(record);
    else changes.unchanged += 1;
  }
  return changes;
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
