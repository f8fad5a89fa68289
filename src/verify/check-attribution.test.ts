import { describe, expect, it } from 'vitest';
import type { Platform, SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { attributionOf, communityNameOf } from '../synthesize/classical/attribution.js';
import { REPORTING_VERBS, SPEECH_VERBS } from '../synthesize/attribution-vocabulary.js';
import { checkAttribution } from './check-attribution.js';
import type { CheckContext } from './sentence-check.js';

const VENUES: Partial<Record<Platform, string>> = {
  reddit: 'r/harbourcity',
  mastodon: 'harbor.social',
  discourse: 'Loom Discourse',
  forum: 'Sound Lab Forums',
  comments: 'Harbor Notes',
};

const communityRecords: SourceRecord[] = (
  ['reddit', 'hackernews', 'bluesky', 'mastodon', 'discourse', 'forum', 'comments'] as const
).map((platform) =>
  makeRecord({
    platform,
    id: `${platform}-1`,
    venue: VENUES[platform] ?? null,
    text: 'The ferry keeps running through the winter.',
  }),
);
const press = makeRecord({ platform: 'feed', id: 'press-1', venue: 'Harbour Post', text: 'The council met.' });

/** A dated frame, as frame-sentence.ts writes it: "On 3 November 2026, a commenter on r/x wrote that …". */
function framedAsTheWriterDoes(record: SourceRecord): string {
  return `On 3 November 2026, ${attributionOf(record)} ${REPORTING_VERBS.community} that the ferry keeps running.`;
}

function failure(text: string, cited: readonly SourceRecord[]): string | null {
  const context: CheckContext = {
    storyRecords: new Map([...communityRecords, press].map((record) => [record.id, record])),
    extraQuotes: [],
    disputes: [],
    instructing: new Map(),
  };
  return checkAttribution.check({ text, citations: cited.map((record) => record.id) }, context);
}

describe('the attribution vocabulary the writer and the verifier share', () => {
  it('passes every community attribution the writer writes when its record is cited', () => {
    for (const record of communityRecords) {
      const sentence = framedAsTheWriterDoes(record);
      expect(failure(sentence, [record]), sentence).toBeNull();
    }
  });

  it('fails every community attribution the writer writes when only a press record is cited', () => {
    for (const record of communityRecords) {
      const sentence = framedAsTheWriterDoes(record);
      expect(failure(sentence, [press]), sentence).not.toBeNull();
    }
  });

  it('checks a platform group the writer names against the platform of the cited records', () => {
    const bluesky = communityRecords.find((record) => record.platform === 'bluesky')!;
    const sentence = `${communityNameOf(bluesky)} said the ferry keeps running.`;
    expect(failure(sentence, [bluesky])).toBeNull();
    expect(failure(sentence, [press])).toMatch(/Bluesky users/);
  });

  it('counts every reporting verb the writer uses as a speech verb the verifier checks', () => {
    for (const verb of Object.values(REPORTING_VERBS)) expect(SPEECH_VERBS).toContain(verb);
    expect(failure(`Harbour Post ${REPORTING_VERBS.press} that the council met.`, [press])).toBeNull();
    expect(failure(`Circuit Wire ${REPORTING_VERBS.press} that the council met.`, [press])).toMatch(/Circuit Wire/);
  });
});
