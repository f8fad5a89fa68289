/**
 * @module test-support/sample-edition
 * A small hand-written edition for tests of the web layer: two stories over nine records
 * (a Reddit thread with a reply chain, a Hacker News comment, Bluesky and Mastodon posts, press articles).
 * Invented names and events; not real-world data.
 */
import { createHash } from 'node:crypto';
import {
  recordIdFor,
  type Edition,
  type RecordKind,
  type Sentence,
  type SourceRecord,
  type Story,
} from '../model/index.js';
import { InMemoryRecordStore } from './in-memory-record-store.js';

/** The sample's records, stories and edition, freshly built on each call so tests may change them. */
export interface SampleEdition {
  edition: Edition;
  stories: Story[];
  records: SourceRecord[];
}

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

function cite(text: string, ...records: SourceRecord[]): Sentence {
  return { text, citations: records.map((record) => record.id) };
}

function buildRecords() {
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
  return { submission, comment, reply, hackerNews, wire, earnings, bluesky, mastodon, courier };
}

function countSentences(story: Story): number {
  return (
    2 +
    story.sections.reduce((sum, section) => sum + section.sentences.length, 0) +
    story.quotes.length +
    story.storySoFar.length +
    story.faq.reduce((sum, item) => sum + item.answer.length, 0)
  );
}

const CLOSING_STATEMENT = 'No human editorial judgment was applied.';

/** Builds the sample edition: story one on memory prices (Reddit first), story two on a fare-app outage (Bluesky first). */
export function sampleEdition(): SampleEdition {
  const r = buildRecords();
  const editionId = 'edition-2026-11-24';
  const memoryStory: Story = {
    id: 'story-northwind-memory-prices',
    editionId,
    headline: cite("Northwind's price rise reaches a forum that had already done the maths", r.submission, r.wire),
    dek: cite(
      'Buyers on r/hardware logged the jump in SSD prices a day before the press reported the contract increase that caused it.',
      r.submission,
      r.wire,
    ),
    sections: [
      {
        title: 'The forum measured it first',
        sentences: [
          cite(
            'A reader tracking twelve drives at five shops reported rises of 24% to 33% in two weeks.',
            r.submission,
          ),
          cite('A reply traced the rise to contract prices set in October.', r.comment),
          cite('A buyer said a fourth-quarter quote came in 28% higher.', r.reply),
          cite('The Daily Circuit reported the contract increase the next afternoon.', r.wire),
        ],
      },
      {
        title: 'The earnings explain who pays',
        sentences: [
          cite('Northwind reported a 41% rise in quarterly operating profit on data-centre orders.', r.earnings),
          cite('A Hacker News commenter read the call as consumers getting what data centres leave.', r.hackerNews),
        ],
      },
      {
        title: 'The argument has moved to supply',
        sentences: [
          cite('The press framed the rise as demand; the community framed it as allocation.', r.wire, r.hackerNews),
        ],
      },
    ],
    quotes: [
      {
        sentence: cite('On r/hardware, the explanation came within the hour.', r.comment),
        quote: 'Contract prices moved first.',
        attribution: 'a commenter on r/hardware',
        platform: 'reddit',
      },
    ],
    storySoFar: [
      cite('Retail SSD prices rose sharply in November.', r.submission),
      cite('Northwind has since confirmed higher contract prices.', r.wire),
    ],
    faq: [
      {
        question: 'Why did SSD prices rise so quickly?',
        askedIn: [r.submission.id, r.hackerNews.id],
        answer: [cite('Contract prices rose in October and retail followed.', r.comment, r.wire)],
      },
      {
        question: 'Who benefits from the increase?',
        askedIn: [r.hackerNews.id],
        answer: [cite('Northwind, whose operating profit rose 41%.', r.earnings)],
      },
    ],
    related: [
      {
        storyId: 'story-harbor-fare-app-outage',
        relation: 'similar',
        score: 0.41,
        headline: 'Riders reported the fare-app failure hours before Harbor Metro did',
        dek: 'Bluesky and Mastodon posts timed the outage; the operator named the cause that afternoon.',
      },
    ],
    methodology: {
      recordCount: 6,
      pressCount: 2,
      communityCount: 4,
      weights: [
        {
          venue: 'The Daily Circuit',
          platform: 'feed',
          kind: 'press',
          recordCount: 1,
          weight: 1,
          factors: [{ name: 'kind', value: 1, note: 'press outlet' }],
        },
        {
          venue: 'Ledger Weekly',
          platform: 'web',
          kind: 'press',
          recordCount: 1,
          weight: 0.95,
          factors: [
            { name: 'kind', value: 1, note: 'press outlet' },
            { name: 'independence', value: 0.95, note: 'one outlet' },
          ],
        },
        {
          venue: 'r/hardware',
          platform: 'reddit',
          kind: 'community',
          recordCount: 3,
          weight: 0.72,
          factors: [
            { name: 'kind', value: 0.8, note: 'community venue' },
            { name: 'engagement', value: 0.9, note: 'score 1840' },
          ],
        },
        {
          venue: 'Hacker News',
          platform: 'hackernews',
          kind: 'community',
          recordCount: 1,
          weight: 0.6,
          factors: [{ name: 'kind', value: 0.8, note: 'community venue' }],
        },
      ],
      engine: { name: 'classical', version: '0.1.0' },
      thresholds: { minRecords: 3, minVenues: 2 },
      sentencesDropped: 1,
      statements: [
        'This story was generated autonomously from 6 source records.',
        'Each source is weighted as shown and cited sentence by sentence.',
        CLOSING_STATEMENT,
      ],
    },
    timing: {
      communityFirst: {
        recordId: r.submission.id,
        platform: 'reddit',
        venue: 'r/hardware',
        at: r.submission.publishedAt!,
      },
      pressFirst: { recordId: r.wire.id, platform: 'feed', venue: 'The Daily Circuit', at: r.wire.publishedAt! },
      communityLeadHours: 29.8,
    },
    recordIds: [r.submission.id, r.comment.id, r.reply.id, r.hackerNews.id, r.wire.id, r.earnings.id],
    updatedAt: r.earnings.publishedAt!,
    kindCounts: { press: 2, community: 4 },
    citedDigests: {},
    changelog: [],
    claims: [],
    recordWeights: [],
  };
  const outageStory: Story = {
    id: 'story-harbor-fare-app-outage',
    editionId,
    headline: cite('Riders reported the fare-app failure hours before Harbor Metro did', r.bluesky, r.courier),
    dek: cite(
      'Bluesky and Mastodon posts timed the outage; the operator named the cause that afternoon.',
      r.bluesky,
      r.mastodon,
      r.courier,
    ),
    sections: [
      {
        title: 'Riders timed the failure',
        sentences: [
          cite('A Bluesky post said every tap at Pier Street had failed since 6am.', r.bluesky),
          cite('A Mastodon post reported the same error on the 14 bus.', r.mastodon),
        ],
      },
      {
        title: 'The operator named an expired certificate',
        sentences: [
          cite('Harbor Metro blamed an expired security certificate for about six hours of failures.', r.courier),
        ],
      },
    ],
    quotes: [
      {
        sentence: cite('One rider described the validators directly.', r.mastodon),
        quote: 'the validator shows "token expired" for every phone',
        attribution: '@rider@mastodon.social',
        platform: 'mastodon',
      },
    ],
    storySoFar: [cite('The fare app failed on Monday morning and recovered by midday.', r.bluesky, r.courier)],
    faq: [],
    related: [],
    methodology: {
      recordCount: 3,
      pressCount: 1,
      communityCount: 2,
      weights: [
        {
          venue: 'Harbor Courier',
          platform: 'web',
          kind: 'press',
          recordCount: 1,
          weight: 1,
          factors: [{ name: 'kind', value: 1, note: 'press outlet' }],
        },
        {
          venue: 'Bluesky',
          platform: 'bluesky',
          kind: 'community',
          recordCount: 1,
          weight: 0.7,
          factors: [{ name: 'kind', value: 0.8, note: 'community venue' }],
        },
        {
          venue: 'mastodon.social',
          platform: 'mastodon',
          kind: 'community',
          recordCount: 1,
          weight: 0.65,
          factors: [{ name: 'kind', value: 0.8, note: 'community venue' }],
        },
      ],
      engine: { name: 'classical', version: '0.1.0' },
      thresholds: { minRecords: 3 },
      sentencesDropped: 0,
      statements: ['This story was generated autonomously from 3 source records.', CLOSING_STATEMENT],
    },
    timing: {
      communityFirst: { recordId: r.bluesky.id, platform: 'bluesky', venue: 'Bluesky', at: r.bluesky.publishedAt! },
      pressFirst: { recordId: r.courier.id, platform: 'web', venue: 'Harbor Courier', at: r.courier.publishedAt! },
      communityLeadHours: 5.3,
    },
    recordIds: [r.bluesky.id, r.mastodon.id, r.courier.id],
    updatedAt: r.courier.publishedAt!,
    kindCounts: { press: 1, community: 2 },
    citedDigests: {},
    changelog: [],
    claims: [],
    recordWeights: [],
  };
  const records = Object.values(r);
  const stories = [memoryStory, outageStory];
  const edition: Edition = {
    id: editionId,
    createdAt: '2026-11-24T06:30:00.000Z',
    engine: { name: 'classical', version: '0.1.0' },
    storyIds: stories.map((story) => story.id),
    recordIds: records.map((record) => record.id),
    stats: {
      records: records.length,
      stories: stories.length,
      sentencesPublished: stories.reduce((sum, story) => sum + countSentences(story), 0),
      sentencesDropped: 1,
    },
    drops: [],
  };
  return { edition, stories, records };
}

/** An InMemoryRecordStore holding `sample` (default: a fresh sampleEdition()), with its call log emptied after seeding. */
export async function createSampleStore(sample: SampleEdition = sampleEdition()): Promise<InMemoryRecordStore> {
  const store = new InMemoryRecordStore();
  await store.upsertRecords(sample.records);
  await store.saveEdition(sample.edition, sample.stories);
  store.calls.length = 0;
  return store;
}
