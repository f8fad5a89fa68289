/**
 * @module model/record-time
 * The one time a record is placed at, wherever records are ordered or dated.
 */
import type { SourceRecord } from './record.js';

/**
 * When the record happened, as an ISO 8601 UTC string: its publication time, else (a post or page
 * that gives none) the time it was fetched, which is never later than publication could have been.
 */
export function recordTime(record: Pick<SourceRecord, 'publishedAt' | 'fetchedAt'>): string {
  return record.publishedAt ?? record.fetchedAt;
}
