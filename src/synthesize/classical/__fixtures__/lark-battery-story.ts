/**
 * @module synthesize/classical/__fixtures__/lark-battery-story
 * A hand-written story (invented company and people): a forum tester measures 28 hours of battery
 * where the maker advertises 40, Reddit and Hacker News pick it up, and the press follows two days later.
 * It plants a disputed figure, an answered question, community-first timing and a spokesperson quote.
 */
import { groupClaims } from '../../../weigh/group-claims.js';
import type { SourceRecord, SourceWeight } from '../../../model/index.js';
import type { EditorialInput } from '../../editorial-model.js';
import { makeRecord } from './make-record.js';

/** The story's records, oldest first. */
export function larkBatteryRecords(): SourceRecord[] {
  const launch = makeRecord({
    platform: 'web', externalId: 'https://wrenfield.example/news/lark-pro', venue: 'Wrenfield Audio', author: 'Wrenfield Audio',
    publishedAt: '2026-11-02T10:00:00.000Z', title: 'Wrenfield Audio launches the Lark Pro earbuds',
    text: 'Wrenfield Audio today launched the Lark Pro wireless earbuds, priced at $199.\n\nThe Lark Pro delivers 40 hours of battery life with its charging case and 9 hours from a single charge. Active noise cancelling blocks 31 percent more outside noise than the previous Lark model.',
  });
  const forumPost = makeRecord({
    platform: 'forum', externalId: 'soundlab-881-1', venue: 'Sound Lab Forums', author: 'drainlog',
    publishedAt: '2026-11-04T19:30:00.000Z', title: 'Lark Pro battery test: 28 hours, not 40',
    text: 'I ran the Lark Pro through my usual loop test at 50% volume with noise cancelling on. The buds and case together lasted 28 hours, not the 40 hours printed on the box.\n\nA single charge gave 6 hours rather than 9. I repeated the test three times and the spread was under half an hour.',
    engagement: { replies: 41 },
  });
  const forumReply = makeRecord({
    platform: 'forum', externalId: 'soundlab-881-2', venue: 'Sound Lab Forums', author: 'capmeter',
    publishedAt: '2026-11-04T20:10:00.000Z', threadId: forumPost.id, parentId: forumPost.id,
    text: "Wrenfield's small print usually assumes noise cancelling is off. My pair managed 27 hours with it on, so your number looks right.",
  });
  const submission = makeRecord({
    platform: 'reddit', externalId: 't3_lark28', venue: 'r/headphones', author: 'u/lowbattery',
    publishedAt: '2026-11-05T08:00:00.000Z', title: 'Sound Lab tester measures 28 hours on Lark Pro, Wrenfield claims 40',
    text: 'A long-time tester on the Sound Lab forums measured 28 hours of total battery life on the Lark Pro, against the 40 hours Wrenfield advertises. No outlet has covered it yet.',
    engagement: { score: 2400, replies: 310 },
  });
  const cellComment = makeRecord({
    platform: 'reddit', externalId: 't1_cell', venue: 'r/headphones', author: 'u/cellchem',
    publishedAt: '2026-11-05T09:15:00.000Z', threadId: submission.id, parentId: submission.id,
    text: 'The case holds a 480 mAh cell, which is small for a 40 hour claim. Teardown photos show the same cell as the older Lark, so the extra battery hours have to come from somewhere else.',
    engagement: { score: 950 },
  });
  const question = makeRecord({
    platform: 'reddit', externalId: 't1_firmware', venue: 'r/headphones', author: 'u/returnwindow',
    publishedAt: '2026-11-05T10:02:00.000Z', threadId: submission.id, parentId: submission.id,
    text: 'Will a firmware update fix the battery life? I bought mine last week and the return window closes on Friday.',
    engagement: { score: 610 },
  });
  const hackerNews = makeRecord({
    platform: 'hackernews', externalId: '48211907', venue: 'Hacker News', author: 'mwatt',
    publishedAt: '2026-11-05T15:40:00.000Z',
    text: 'Battery claims measured at low volume with every feature off are standard practice in this industry. The real problem is that Wrenfield printed 40 hours on the box without a footnote.',
    engagement: { score: 120 },
  });
  const wire = makeRecord({
    platform: 'feed', externalId: 'https://circuitwire.example/lark-pro-battery', venue: 'Circuit Wire', author: 'Ines Duarte',
    publishedAt: '2026-11-06T12:00:00.000Z', title: "Wrenfield's Lark Pro falls short of its 40-hour battery claim in tests",
    text: "Wrenfield Audio's Lark Pro earbuds last about 28 hours with their charging case when noise cancelling is on, well short of the 40 hours the company advertises, according to tests first published on the Sound Lab forums on 4 November.\n\nCircuit Wire's own test measured 29 hours at 50% volume. Wrenfield said the 40-hour figure was measured with noise cancelling switched off.",
  });
  const ledger = makeRecord({
    platform: 'web', externalId: 'https://theledger.example/wrenfield-packaging', venue: 'The Ledger', author: 'Maya Torres',
    publishedAt: '2026-11-07T09:00:00.000Z', title: 'Wrenfield will update Lark Pro packaging after battery complaints',
    text: "Wrenfield Audio will add a footnote to Lark Pro packaging after buyers found the earbuds' battery life fell short of the advertised 40 hours.\n\n“Our 40-hour figure is accurate with noise cancelling off, but we should have said so on the box,” a Wrenfield spokesperson told The Ledger. The spokesperson said a firmware update due on 20 November would improve standby drain but would not change the battery capacity.\n\nWrenfield said it had sold more than 2,400 units through its own store in the first week.",
  });
  const bluesky = makeRecord({
    platform: 'bluesky', externalId: 'at://did:plc:quietbus/app.bsky.feed.post/3l9', venue: 'Bluesky', author: '@quietbus.bsky.social',
    publishedAt: '2026-11-07T14:00:00.000Z',
    text: 'Wrenfield admitting the 40 hours is with noise cancelling off is the whole story. Nobody buys these earbuds to turn the main feature off.',
    engagement: { likes: 430, reposts: 88 },
  });
  return [launch, forumPost, forumReply, submission, cellComment, question, hackerNews, wire, ledger, bluesky];
}

/** Plain weights: press 1.0, community 0.8, one factor each (the weigh stage is not under test here). */
export function plainWeights(records: SourceRecord[]): SourceWeight[] {
  const venues = [...new Set(records.map((record) => record.venue ?? record.platform))];
  return venues.map((venue) => {
    const own = records.filter((record) => (record.venue ?? record.platform) === venue);
    const first = own[0]!;
    const value = first.kind === 'press' ? 1 : 0.8;
    return {
      venue, platform: first.platform, kind: first.kind, recordCount: own.length, weight: value,
      factors: [{ name: 'kind', value, note: first.kind === 'press' ? 'press outlet' : 'community venue' }],
    };
  });
}

/** The full EditorialInput for a record set, with timing measured from the records themselves. */
export function inputFor(storyId: string, records: SourceRecord[]): EditorialInput {
  const first = (kind: 'press' | 'community') => records.find((record) => record.kind === kind) ?? null;
  const mention = (record: SourceRecord | null) =>
    record && { recordId: record.id, platform: record.platform, venue: record.venue, at: record.publishedAt! };
  const community = first('community');
  const press = first('press');
  const lead = community && press ? (Date.parse(press.publishedAt!) - Date.parse(community.publishedAt!)) / 3_600_000 : null;
  return {
    storyId,
    records,
    weights: plainWeights(records),
    timing: { communityFirst: mention(community), pressFirst: mention(press), communityLeadHours: lead },
    claims: groupClaims(records),
    related: [],
    history: [],
  };
}
