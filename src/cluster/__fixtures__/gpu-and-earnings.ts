/**
 * Hand-written records (invented company and events): a graphics card's disputed memory bus, told by a
 * forum, Reddit and two outlets, with a comment thread; and the same company's quarterly earnings.
 */
import type { SourceRecord } from '../../model/index.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';

export interface GpuAndEarnings {
  forumPost: SourceRecord;
  redditPost: SourceRecord;
  redditComments: SourceRecord[];
  pressReport: SourceRecord;
  earningsReport: SourceRecord;
  earningsFollowUp: SourceRecord;
  all: SourceRecord[];
}

/** Fresh records on each call. The bus dispute runs 5–7 Nov 2026; the earnings land 12 Nov. */
export function gpuAndEarnings(): GpuAndEarnings {
  const forumPost = makeRecord({
    platform: 'forum', externalId: 'forum-vbios', venue: 'Silicon Bench forum', publishedAt: '2026-11-05T21:40:00.000Z',
    title: 'Vireo X90 VBIOS reports a 192-bit memory bus, not 256-bit',
    text: 'I dumped the VBIOS of my retail Vireo X90. The memory controller table lists six 32-bit channels, which is a 192-bit bus, not the advertised 256-bit bus. Bandwidth works out to 672 GB/s instead of 896 GB/s.',
    engagement: { replies: 41, likes: 120 },
  });
  const redditPost = makeRecord({
    platform: 'reddit', externalId: 't3_x90bus', venue: 'r/hardware', publishedAt: '2026-11-06T09:15:00.000Z',
    title: 'Forum VBIOS dump says the Vireo X90 memory bus is 192-bit',
    text: 'A VBIOS dump from a retail Vireo X90 shows six memory channels: a 192-bit bus where the box says 256-bit. Memory bandwidth would be 672 GB/s, not 896 GB/s. Can anyone else dump their card?',
    engagement: { score: 1840, replies: 312 },
  });
  const redditComments = [
    makeRecord({
      platform: 'reddit', externalId: 't1_mine', venue: 'r/hardware', publishedAt: '2026-11-06T10:02:00.000Z',
      text: 'Dumped mine too: same six channels on my card.', threadId: redditPost.id, parentId: redditPost.id, engagement: { score: 410 },
    }),
    makeRecord({
      platform: 'reddit', externalId: 't1_sold', venue: 'r/hardware', publishedAt: '2026-11-06T11:30:00.000Z',
      text: 'Does this affect cards already sold? I bought two last week.', threadId: redditPost.id, parentId: redditPost.id, engagement: { score: 95 },
    }),
  ];
  const pressReport = makeRecord({
    platform: 'feed', externalId: 'circuit-x90-bus', venue: 'The Daily Circuit', publishedAt: '2026-11-07T14:00:00.000Z',
    title: 'Kestrel Semiconductor’s Vireo X90 ships with a 192-bit memory bus, owners find',
    text: 'Owners of the Vireo X90 graphics card say its VBIOS reports a 192-bit memory bus rather than the 256-bit bus Kestrel Semiconductor advertised. That would cut memory bandwidth from 896 GB/s to 672 GB/s. Kestrel Semiconductor said the card offers "256-bit effective" bandwidth.',
  });
  const earningsReport = makeRecord({
    platform: 'feed', externalId: 'ledger-kestrel-q3', venue: 'Market Ledger', publishedAt: '2026-11-12T21:05:00.000Z',
    title: 'Kestrel Semiconductor posts record third-quarter revenue of $2.41bn',
    text: 'Kestrel Semiconductor reported third-quarter revenue of $2.41bn, up 18% from a year earlier, as data centre sales reached $1.37bn. Gross margin widened to 61%, and the company raised its full-year guidance.',
  });
  const earningsFollowUp = makeRecord({
    platform: 'reddit', externalId: 't3_kestrel_q3', venue: 'r/stocks', publishedAt: '2026-11-12T23:30:00.000Z',
    title: 'Kestrel Semiconductor Q3: revenue $2.41bn, guidance raised',
    text: 'Revenue beat at $2.41bn, data centre revenue $1.37bn, gross margin 61%. Guidance for the full year went up again. Shares up 7% after hours.',
    engagement: { score: 220, replies: 64 },
  });
  return {
    forumPost, redditPost, redditComments, pressReport, earningsReport, earningsFollowUp,
    all: [forumPost, redditPost, ...redditComments, pressReport, earningsReport, earningsFollowUp],
  };
}
