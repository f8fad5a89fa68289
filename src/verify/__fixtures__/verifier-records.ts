/**
 * @module verify/__fixtures__/verifier-records
 * Three hand-written records (invented): two of one story, one of another, for planting errors.
 */
import { createHash } from 'node:crypto';
import { recordIdFor, type SourceRecord } from '../../model/index.js';

function record(platform: SourceRecord['platform'], externalId: string, fields: Partial<SourceRecord> & { text: string }): SourceRecord {
  return {
    id: recordIdFor(platform, externalId), platform, kind: platform === 'feed' ? 'press' : 'community', sourceId: null, externalId,
    url: null, canonicalUrl: null, title: null, author: null, publishedAt: null, fetchedAt: '2026-11-30T00:00:00.000Z',
    threadId: null, parentId: null, engagement: {}, language: 'en', venue: null,
    rawHash: createHash('sha256').update(fields.text).digest('hex'), ...fields,
  };
}

/** A press report with a percentage, a thousands figure and a curly-quoted statement. */
export const pressReport = record('feed', 'https://wire.example/a', {
  venue: 'Circuit Wire', publishedAt: '2026-11-03T14:00:00.000Z', title: 'Card is 31% faster, maker says',
  text: 'Kestrel sold 2400 cards in the first week. The card is 31% faster than the last one and uses a 256-bit bus.\n\n“We should have been clearer from day one,” said Dana Whitlock.',
});

/** A forum post with straight quotes, "31 percent" and "2,400". */
export const forumPost = record('forum', 'bench-1', {
  venue: 'Silicon Bench Forums', publishedAt: '2026-11-05T21:40:00.000Z',
  text: 'The firmware says "six channels, not eight" and that makes it 192-bit. About 2,400 people pre-ordered, and the claim of 31 percent is for 1440p only. Does this affect cards already sold?',
});

/** A record of a different story. */
export const otherStoryRecord = record('reddit', 't3_other', {
  venue: 'r/transit', publishedAt: '2026-11-20T08:00:00.000Z', text: 'The 14 bus validators reject every phone.',
});

/** This story's records by id. */
export function storyRecords(): Map<string, SourceRecord> {
  return new Map([pressReport, forumPost].map((item) => [item.id, item]));
}
