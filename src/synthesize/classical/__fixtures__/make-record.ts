/**
 * @module synthesize/classical/__fixtures__/make-record
 * The engine fixtures' record builder: the shared one, with platform, external id, text and time
 * required and no venue unless the fixture names one (attribution reads the venue).
 */
import type { SourceRecord } from '../../../model/index.js';
import { makeRecord as makeAnyRecord } from '../../../model/__fixtures__/make-record.js';

/** The fields a fixture states; `platform`, `externalId`, `text` and `publishedAt` are required. */
export type RecordFields = Pick<SourceRecord, 'platform' | 'externalId' | 'text' | 'publishedAt'> & Partial<SourceRecord>;

/** A complete record: id from platform and external id, kind from the platform unless given. */
export function makeRecord(fields: RecordFields): SourceRecord {
  return makeAnyRecord({ venue: null, ...fields });
}
