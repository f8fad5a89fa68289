/**
 * @module synthesize/classical/__fixtures__/marlow-plates-story
 * A second hand-written story (invented city): the press reports a council vote first, a Mastodon post
 * misstates the figure and corrects it, and a reader asks a question nobody answers.
 */
import type { SourceRecord } from '../../../model/index.js';
import { makeRecord } from './make-record.js';

/** The story's records, oldest first. */
export function marlowPlateRecords(): SourceRecord[] {
  const ledger = makeRecord({
    platform: 'feed', externalId: 'https://bayledger.example/plates-vote', venue: 'Bay Ledger', author: 'Tomas Reyes',
    publishedAt: '2026-11-18T00:55:00.000Z', title: 'Marlow council votes 7-2 to keep plate-reader data for 365 days',
    text: 'The Marlow City council voted 7-2 on Tuesday night to keep licence-plate reader data for 365 days.\n\nAn amendment to cut the retention period to 90 days failed. Councillor Ada Finch said the data had helped police recover 212 stolen cars last year.',
  });
  const firstToot = makeRecord({
    platform: 'mastodon', externalId: 'https://mastodon.social/@kerbside/1', venue: 'mastodon.social', author: '@kerbside@mastodon.social',
    publishedAt: '2026-11-18T07:30:00.000Z',
    text: 'Marlow City council just voted to keep every plate scan for 90 days. That is a tracking database, not a parking tool.',
    engagement: { likes: 310, reposts: 120 },
  });
  const comment = makeRecord({
    platform: 'comments', externalId: 'bayledger-comment-44', venue: 'Bay Ledger', author: 'quietstreet',
    publishedAt: '2026-11-18T09:10:00.000Z',
    text: 'Will the cameras be moved to school zones next year? Nobody on the council has said where the new readers go.',
    engagement: { likes: 45 },
  });
  const correction = makeRecord({
    platform: 'mastodon', externalId: 'https://mastodon.social/@kerbside/2', venue: 'mastodon.social', author: '@kerbside@mastodon.social',
    publishedAt: '2026-11-18T11:00:00.000Z',
    text: 'Correction to my earlier post: the council kept plate data for 365 days, not 90 days. The 90-day amendment failed 7-2.',
    engagement: { likes: 150, reposts: 60 },
  });
  const courier = makeRecord({
    platform: 'web', externalId: 'https://marlowcourier.example/plate-readers', venue: 'Marlow Courier', author: 'Lena Marsh',
    publishedAt: '2026-11-19T08:00:00.000Z', title: 'Plate-reader data will be kept for a year after council vote',
    text: "The council's vote keeps plate-reader records for 365 days, the longest retention period in the region. Privacy groups said they would ask the council to revisit the policy in the spring.",
  });
  return [ledger, firstToot, comment, correction, courier];
}
