/**
 * @module test-support/sample-records
 * The sample edition's nine records: a Reddit thread with a reply chain, a Hacker News comment,
 * press articles on memory prices, and Bluesky, Mastodon and press reports of a fare-app outage.
 * Invented names and events; not real-world data.
 */
import { createHash } from 'node:crypto';
import { recordIdFor, type RecordKind, type SourceRecord } from '../model/index.js';

type RecordDraft = Pick<
  SourceRecord,
  'platform' | 'externalId' | 'title' | 'author' | 'venue' | 'publishedAt' | 'text'
> &
  Partial<Pick<SourceRecord, 'url' | 'engagement' | 'threadId' | 'parentId'>>;

function makeRecord(draft: RecordDraft): SourceRecord {
  const kind: RecordKind = draft.platform === 'feed' || draft.platform === 'web' ? 'press' : 'community';
  return {
    id: recordIdFor(draft.platform, draft.externalId),
    kind,
    sourceId: null,
    url: null,
    canonicalUrl: draft.url ?? null,
    fetchedAt: '2026-11-24T06:00:00.000Z',
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    rawHash: createHash('sha256').update(draft.text).digest('hex'),
    ...draft,
  };
}

/** The records of the memory-prices story, community first. */
function memoryRecords() {
  const submission = makeRecord({
    platform: 'reddit',
    externalId: 't3_ssd30',
    title: 'SSD prices up 30% at every retailer I track in two weeks',
    author: 'u/flashcache',
    venue: 'r/hardware',
    publishedAt: '2026-11-20T08:10:00.000Z',
    url: 'https://www.reddit.com/r/hardware/comments/ssd30/',
    text: 'I log prices for twelve drives at five shops.\n\nEvery one of them is up between 24% and 33% since the 6th. This is not a sale ending.',
    engagement: { score: 1840, replies: 312 },
  });
  const comment = makeRecord({
    platform: 'reddit',
    externalId: 't1_contract',
    title: null,
    author: 'u/ddr_watcher',
    venue: 'r/hardware',
    publishedAt: '2026-11-20T09:02:00.000Z',
    url: 'https://www.reddit.com/r/hardware/comments/ssd30/_/contract/',
    text: 'Contract prices moved first. Retail is just catching up with what the fabs told their big buyers in October.',
    engagement: { score: 640 },
    threadId: submission.id,
    parentId: submission.id,
  });
  const reply = makeRecord({
    platform: 'reddit',
    externalId: 't1_reply',
    title: null,
    author: 'u/lurking_engineer',
    venue: 'r/hardware',
    publishedAt: '2026-11-20T10:30:00.000Z',
    url: 'https://www.reddit.com/r/hardware/comments/ssd30/_/reply/',
    text: 'Can confirm from the buying side: our Q4 quote from Northwind came in 28% higher, with no explanation.',
    engagement: { score: 212 },
    threadId: submission.id,
    parentId: comment.id,
  });
  const hackerNews = makeRecord({
    platform: 'hackernews',
    externalId: '48100231',
    title: null,
    author: 'kvstore',
    venue: 'Hacker News',
    publishedAt: '2026-11-21T16:00:00.000Z',
    url: 'https://news.ycombinator.com/item?id=48100231',
    text: 'The earnings call made it plain: data-centre orders are absorbing the supply, and consumers get what is left.',
    engagement: { score: 95 },
  });
  const wire = makeRecord({
    platform: 'feed',
    externalId: 'https://dailycircuit.example/northwind-nand',
    title: 'Northwind Semiconductor raises NAND contract prices',
    author: 'Jane Okafor',
    venue: 'The Daily Circuit',
    publishedAt: '2026-11-21T14:00:00.000Z',
    url: 'https://dailycircuit.example/northwind-nand',
    text: 'Northwind Semiconductor told customers it will raise NAND flash contract prices for the fourth quarter.\n\nThe company cited demand from data-centre operators.',
  });
  const earnings = makeRecord({
    platform: 'web',
    externalId: 'https://ledgerweekly.example/northwind-q3',
    title: 'Northwind profit rises 41% on data-centre demand',
    author: 'Marc Lindqvist',
    venue: 'Ledger Weekly',
    publishedAt: '2026-11-22T09:30:00.000Z',
    url: 'https://ledgerweekly.example/northwind-q3',
    text: 'Northwind reported a 41% year-on-year rise in quarterly operating profit, driven by data-centre storage orders.',
  });
  return { submission, comment, reply, hackerNews, wire, earnings };
}

/** The records of the fare-app outage story, community first. */
function outageRecords() {
  const bluesky = makeRecord({
    platform: 'bluesky',
    externalId: 'at://did:plc:transit/app.bsky.feed.post/3k1',
    title: null,
    author: '@transitnerd.bsky.social',
    venue: 'Bluesky',
    publishedAt: '2026-11-23T07:45:00.000Z',
    url: 'https://bsky.app/profile/transitnerd.bsky.social/post/3k1',
    text: "Harbor Metro's fare app has rejected every tap at Pier Street since 6am. Staff are waving people through.",
    engagement: { likes: 830, reposts: 214 },
  });
  const mastodon = makeRecord({
    platform: 'mastodon',
    externalId: 'https://mastodon.social/@rider/1139',
    title: null,
    author: '@rider@mastodon.social',
    venue: 'mastodon.social',
    publishedAt: '2026-11-23T08:20:00.000Z',
    url: 'https://mastodon.social/@rider/1139',
    text: 'Same on the 14 bus: the validator shows "token expired" for every phone. Paper tickets still work.',
    engagement: { likes: 120, reposts: 40 },
  });
  const courier = makeRecord({
    platform: 'web',
    externalId: 'https://harborcourier.example/fare-app-outage',
    title: 'Fare app outage strands commuters on Monday morning',
    author: 'Priya Raman',
    venue: 'Harbor Courier',
    publishedAt: '2026-11-23T13:05:00.000Z',
    url: 'https://harborcourier.example/fare-app-outage',
    text: 'Harbor Metro said an expired security certificate stopped its fare app validating tickets for about six hours.',
  });
  return { bluesky, mastodon, courier };
}

/** The sample's records by role, freshly built on each call, in the order the edition lists them. */
export type SampleRecords = ReturnType<typeof sampleRecords>;

/** Builds the nine sample records, memory-prices records first. */
export function sampleRecords() {
  return { ...memoryRecords(), ...outageRecords() };
}
