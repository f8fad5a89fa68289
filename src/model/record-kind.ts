/**
 * @module model/record-kind
 * The two kinds of record and of source: what the platform roster and the record both name.
 */

/** Press (outlets, vendors, institutions) or community (forums, social, comment sections). */
export const RECORD_KINDS = ['press', 'community'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
