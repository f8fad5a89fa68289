/**
 * @module cluster/group-threads
 * First clustering step: a thread (its root and every reply) is one unit that moves as a whole.
 */
import { recordTime as timeOfRecord, type SourceRecord } from '../model/index.js';

/** One thread, or one record standing alone. */
export interface ThreadUnit {
  /** The thread's key: the root's record id (the root itself may be absent from the records). */
  key: string;
  /** The root record when it is among the records, else null. */
  root: SourceRecord | null;
  /** Every record of the unit but the root, oldest first. */
  replies: SourceRecord[];
  /** The root if present, else the earliest reply: it names the unit's place in time and in story ids. */
  anchor: SourceRecord;
  /** Earliest time of any record of the unit, in epoch milliseconds. */
  startedAt: number;
}

/** A record's time for ordering: publishedAt, else fetchedAt, in epoch milliseconds. */
export function recordTime(record: SourceRecord): number {
  const time = Date.parse(timeOfRecord(record));
  return Number.isNaN(time) ? Date.parse(record.fetchedAt) || 0 : time;
}

/** Oldest first, then by id, so every ordering of the same records sorts alike. */
export function byRecordTime(a: SourceRecord, b: SourceRecord): number {
  return recordTime(a) - recordTime(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Groups records by thread. A record's thread key is its threadId; failing that, its parent's key
 * (followed up the reply chain while the parent is among the records), else its parentId, else its own
 * id. So a root (no threadId) and all records pointing at it form one unit, and a record with no
 * thread and no children is a unit alone. Units come back oldest first (then by key).
 */
export function groupThreads(records: readonly SourceRecord[]): ThreadUnit[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const keyCache = new Map<string, string>();
  const keyOf = (record: SourceRecord, depth = 0): string => {
    const cached = keyCache.get(record.id);
    if (cached !== undefined) return cached;
    let key = record.threadId ?? record.id;
    if (!record.threadId && record.parentId && record.parentId !== record.id) {
      const parent = byId.get(record.parentId);
      // A depth cap guards against a corrupt parent cycle.
      key = parent && depth < records.length ? keyOf(parent, depth + 1) : record.parentId;
    }
    keyCache.set(record.id, key);
    return key;
  };
  const members = new Map<string, SourceRecord[]>();
  for (const record of [...records].sort(byRecordTime)) {
    const key = keyOf(record);
    const list = members.get(key);
    if (list) list.push(record);
    else members.set(key, [record]);
  }
  const units: ThreadUnit[] = [];
  for (const [key, list] of members) {
    const root = list.find((record) => record.id === key) ?? null;
    const replies = list.filter((record) => record !== root);
    const anchor = root ?? replies[0]!;
    units.push({ key, root, replies, anchor, startedAt: recordTime(list[0]!) });
  }
  return units.sort((a, b) => a.startedAt - b.startedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
