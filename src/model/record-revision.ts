/**
 * @module model/record-revision
 * What a record said before a refresh found it edited or deleted: the old words are kept, never overwritten.
 */

/** `edited`: a later fetch brought a different title or text. `deleted`: the platform now shows a tombstone. */
export const RECORD_CHANGES = ['edited', 'deleted'] as const;
export type RecordChange = (typeof RECORD_CHANGES)[number];

/** One entry of a record's change log, with the title and text it had before the change. */
export interface RecordRevision {
  recordId: string;
  change: RecordChange;
  /** When the change was seen (ISO 8601 UTC): the fetch time of the payload that showed it. */
  at: string;
  previousTitle: string | null;
  previousText: string;
  /** SHA-256 of the raw payload that showed the change; null when none did (a deletion seen as absence). */
  rawHash: string | null;
}
