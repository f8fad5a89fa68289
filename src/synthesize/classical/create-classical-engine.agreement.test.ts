import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../model/index.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { verifyStory } from '../../verify/verify-story.js';
import { inputFor } from './__fixtures__/lark-battery-story.js';
import { createClassicalEngine } from './create-classical-engine.js';

const engine = createClassicalEngine();
const byId = (records: SourceRecord[]) => new Map(records.map((record) => [record.id, record]));

async function draftOf(records: SourceRecord[]) {
  return engine.writeStory(inputFor('story-under-test', records));
}

describe('the classical engine on claims the press and the community both carry', () => {
  it('writes a section where they agree, each side in its own words and dated, and it passes the verifier', async () => {
    const records = [
      makeRecord({
        externalId: 'post',
        platform: 'reddit',
        venue: 'r/mining',
        publishedAt: '2026-11-03T08:00:00.000Z',
        title: 'Tolland mine closing',
        text: 'Brackwater Mining told staff the Tolland mine will close in April with 420 jobs lost. The union was told on Monday morning.',
      }),
      makeRecord({
        externalId: 'news',
        venue: 'Valley Post',
        publishedAt: '2026-11-04T08:00:00.000Z',
        title: 'Brackwater to shut Tolland mine',
        text: 'Brackwater Mining will close its Tolland mine in April, cutting 420 jobs, the company said. The mine opened in 1961.',
      }),
      makeRecord({
        externalId: 'wire',
        venue: 'Ridge Times',
        publishedAt: '2026-11-04T11:00:00.000Z',
        text: 'Brackwater Mining is to close the Tolland mine in April, and 420 jobs will go. Talks with the union start next week.',
      }),
      makeRecord({
        externalId: 'forum',
        platform: 'forum',
        venue: 'Quarry Forum',
        publishedAt: '2026-11-03T12:00:00.000Z',
        text: 'Heard from my cousin: Brackwater Mining will close the Tolland mine in April and 420 jobs go with it. Nobody saw this coming.',
      }),
      makeRecord({
        externalId: 'skeet',
        platform: 'bluesky',
        venue: null,
        author: 'tolland.bsky.social',
        publishedAt: '2026-11-03T14:00:00.000Z',
        text: 'So Brackwater Mining really will close the Tolland mine in April, 420 jobs gone. My dad worked there for thirty years.',
      }),
      makeRecord({
        externalId: 'toot',
        platform: 'mastodon',
        venue: 'valley.social',
        publishedAt: '2026-11-03T15:00:00.000Z',
        text: 'Confirmed by the union rep: the Tolland mine will close in April and Brackwater Mining is cutting 420 jobs.',
      }),
      makeRecord({
        externalId: 'reply',
        platform: 'reddit',
        venue: 'r/mining',
        publishedAt: '2026-11-03T09:00:00.000Z',
        text: 'That is most of the town. Tolland has about 3,000 people and the mine is the largest employer by far.',
      }),
      // More voices restating it than quotes and the first-mover section take between them.
      ...['valley.social', 'coal.town', 'pit.zone'].map((venue, index) =>
        makeRecord({
          externalId: `echo-${index}`,
          platform: 'mastodon',
          venue,
          publishedAt: `2026-11-03T1${6 + index}:00:00.000Z`,
          text: `Word on ${venue}: Brackwater Mining will close the Tolland mine in April and cut 420 jobs. Shift ${index + 1} heard it first.`,
        }),
      ),
    ];
    const draft = await draftOf(records);
    const agreement = draft.sections.find(
      (section) => section.title === 'The press and the community agree on the core facts',
    );
    expect(agreement, draft.sections.map((section) => section.title).join(' / ')).toBeDefined();
    const cited = agreement!.sentences
      .flatMap((sentence) => sentence.citations)
      .map((id) => records.find((record) => record.id === id)!);
    expect(new Set(cited.map((record) => record.kind))).toEqual(new Set(['press', 'community']));
    for (const sentence of agreement!.sentences) expect(sentence.text).toMatch(/November 2026/);
    const { drops } = verifyStory(draft, byId(records));
    expect(drops).toEqual([]);
  });
});

describe('the classical engine on a press-first story without a dispute', () => {
  it("heads it with what happened, in its source's words, and leaves who was first to the dek", async () => {
    const records = [
      makeRecord({
        externalId: 'https://valleypost.example/tolland',
        platform: 'feed',
        venue: 'Valley Post',
        publishedAt: '2026-11-03T08:00:00.000Z',
        title: 'Brackwater Mining to close the Tolland mine in April',
        text: 'Brackwater Mining will close the Tolland mine in April, cutting 420 jobs, the company told staff on Monday. The mine has run since 1961.',
      }),
      makeRecord({
        externalId: 'post',
        platform: 'reddit',
        venue: 'r/mining',
        publishedAt: '2026-11-03T10:00:00.000Z',
        title: 'Tolland mine closing in April',
        text: 'Brackwater Mining is closing the Tolland mine in April and 420 jobs go with it. That is most of the town.',
      }),
      makeRecord({
        externalId: 'https://ridgewire.example/tolland',
        platform: 'feed',
        venue: 'Ridge Wire',
        publishedAt: '2026-11-03T12:00:00.000Z',
        title: 'Tolland mine will shut in April with 420 jobs lost',
        text: 'Brackwater Mining said the Tolland mine will close in April with the loss of 420 jobs. The union said it was told on Monday.',
      }),
    ];
    const draft = await draftOf(records);
    expect(draft.headline.text).not.toMatch(
      /broke the news|took it up|ahead of|before the press|raised it before|answered/,
    );
    expect(draft.headline.text).toMatch(/^Brackwater Mining|^Tolland/);
    const source = records.find((record) => record.id === draft.headline.citations[0])!;
    expect(`${source.title ?? ''}\n${source.text}`).toContain(draft.headline.text);
    expect(draft.dek.text).toMatch(/answered|followed|before/);
    expect(verifyStory(draft, byId(records)).drops).toEqual([]);
  });
});
