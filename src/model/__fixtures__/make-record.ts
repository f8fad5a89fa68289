/**
 * @module model/__fixtures__/make-record
 * A SourceRecord for hand-written test fixtures: give what the test is about, defaults fill the rest.
 */
import { createHash } from 'node:crypto';
import { defaultKindOf, recordIdFor, type SourceRecord } from '../index.js';

/** The fetch time every made record gets unless the test sets one. */
export const DEFAULT_FETCHED_AT = '2026-11-30T00:00:00.000Z';

/**
 * A complete SourceRecord from `partial`. Defaults: platform `feed`; externalId `partial.id` or a
 * digest of title and text; id `recordIdFor(platform, externalId)`; kind from the platform; venue
 * `Test Venue`; no thread, no engagement, language `en`; rawHash the SHA-256 of the text.
 */
export function makeRecord(partial: Partial<SourceRecord>): SourceRecord {
  const platform = partial.platform ?? 'feed';
  const text = partial.text ?? '';
  const externalId =
    partial.externalId ?? partial.id ?? createHash('sha256').update(`${partial.title ?? ''}\u0000${text}`).digest('hex').slice(0, 12);
  return {
    id: recordIdFor(platform, externalId),
    platform,
    kind: defaultKindOf(platform),
    sourceId: null,
    externalId,
    url: null,
    canonicalUrl: null,
    title: null,
    author: null,
    publishedAt: null,
    fetchedAt: DEFAULT_FETCHED_AT,
    text,
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    venue: 'Test Venue',
    rawHash: createHash('sha256').update(text).digest('hex'),
    ...partial,
  };
}
