/**
 * @module synthesize/classical/__fixtures__/make-record
 * Builds a SourceRecord from the few fields a test cares about; the rest get plain defaults.
 */
import { createHash } from 'node:crypto';
import { defaultKindOf, recordIdFor, type SourceRecord } from '../../../model/index.js';

/** The fields a fixture states; `platform`, `externalId`, `text` and `publishedAt` are required. */
export type RecordFields = Pick<SourceRecord, 'platform' | 'externalId' | 'text' | 'publishedAt'> & Partial<SourceRecord>;

/** A complete record: id from platform and external id, kind from the platform unless given. */
export function makeRecord(fields: RecordFields): SourceRecord {
  return {
    id: recordIdFor(fields.platform, fields.externalId),
    kind: defaultKindOf(fields.platform),
    sourceId: null,
    url: null,
    canonicalUrl: null,
    title: null,
    author: null,
    fetchedAt: '2026-11-30T00:00:00.000Z',
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    venue: null,
    rawHash: createHash('sha256').update(fields.text).digest('hex'),
    ...fields,
  };
}
