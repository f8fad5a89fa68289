/**
 * @module test-support/sample-outage-story
 * The sample edition's second story: a fare-app outage, reported on Bluesky hours before the press.
 * Invented names and events; not real-world data.
 */
import type { Story } from '../model/index.js';
import { CLOSING_STATEMENT, cite } from './sample-sentence.js';
import type { SampleRecords } from './sample-records.js';

/** The fare-app outage story of edition `editionId`, citing `r` (Bluesky first, press that afternoon). */
export function sampleOutageStory(r: SampleRecords, editionId: string): Story {
  return {
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
    methodology: outageMethodology(),
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
}

/** The outage story's methodology: three weighted venues, nothing dropped. */
function outageMethodology(): Story['methodology'] {
  return {
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
  };
}
