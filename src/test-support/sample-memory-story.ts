/**
 * @module test-support/sample-memory-story
 * The sample edition's first story: SSD prices, reported on Reddit a day before the press.
 * Invented names and events; not real-world data.
 */
import type { Story } from '../model/index.js';
import { CLOSING_STATEMENT, cite } from './sample-sentence.js';
import type { SampleRecords } from './sample-records.js';

/** The memory-prices story of edition `editionId`, citing `r` (Reddit first, press a day later). */
export function sampleMemoryStory(r: SampleRecords, editionId: string): Story {
  return {
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
    methodology: memoryMethodology(),
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
}

/** The memory-prices story's methodology: four weighted venues, one sentence dropped. */
function memoryMethodology(): Story['methodology'] {
  return {
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
  };
}
