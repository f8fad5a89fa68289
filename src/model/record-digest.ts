/**
 * @module model/record-digest
 * A short digest of what a record says (title and text), so a later build can tell that a cited
 * record was edited or corrected since a story was verified against it.
 */
import { createHash } from 'node:crypto';
import type { SourceRecord } from './record.js';

/** 16 hex characters (64 bits) of SHA-256 over title and text: collisions are not a practical concern here. */
export function recordDigest(record: Pick<SourceRecord, 'title' | 'text'>): string {
  return createHash('sha256')
    .update(`${record.title ?? ''}\u0000${record.text}`)
    .digest('hex')
    .slice(0, 16);
}
