/**
 * @module edition/edition-id-for
 * The id a new edition takes.
 */
import { createHash } from 'node:crypto';
import type { SourceRecord } from '../model/index.js';

/**
 * `ed-20261125-140501123-<6 hex of the record set>`: sortable by time to the millisecond (two builds
 * in one second, as a script or a test makes them, get distinct ids), distinct per input.
 */
export function editionIdFor(createdAt: string, records: readonly SourceRecord[]): string {
  const stamp = createdAt.replace(/[-:.]/g, '').replace('T', '-').slice(0, 18);
  const digest = createHash('sha256')
    .update(
      records
        .map((record) => record.id)
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 6);
  return `ed-${stamp}-${digest}`;
}
