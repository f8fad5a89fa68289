import { describe, expect, it } from 'vitest';
import type { Sentence, SourceRecord } from '../../model/index.js';
import { verifyStory } from '../../verify/verify-story.js';
import { sentencesOfDraft } from '../../verify/sentences-of-draft.js';
import { inputFor, larkBatteryRecords } from './__fixtures__/lark-battery-story.js';
import { marlowPlateRecords } from './__fixtures__/marlow-plates-story.js';
import { createClassicalEngine } from './create-classical-engine.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';

const engine = createClassicalEngine();
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const byId = (records: SourceRecord[]) => new Map(records.map((record) => [record.id, record]));

async function draftOf(records: SourceRecord[]) {
  return engine.writeStory(inputFor('story-under-test', records));
}

describe.each([
  ['the community-first story with a disputed figure', larkBatteryRecords],
  ['the press-first story with an unanswered question', marlowPlateRecords],
])('the classical engine on %s', (_name, recordsOf) => {
  it('writes three to six sections, each titled and holding two to six sentences', async () => {
    const draft = await draftOf(recordsOf());
    expect(draft.sections.length).toBeGreaterThanOrEqual(3);
    expect(draft.sections.length).toBeLessThanOrEqual(6);
    for (const section of draft.sections) {
      expect(section.title.length).toBeGreaterThan(0);
      expect(section.sentences.length).toBeGreaterThanOrEqual(2);
      expect(section.sentences.length).toBeLessThanOrEqual(6);
    }
  });

  it('writes a headline of 6 to 14 words and a dek of 20 to 30, both cited', async () => {
    const draft = await draftOf(recordsOf());
    expect(words(draft.headline.text)).toBeGreaterThanOrEqual(6);
    expect(words(draft.headline.text)).toBeLessThanOrEqual(14);
    expect(words(draft.dek.text)).toBeGreaterThanOrEqual(20);
    expect(words(draft.dek.text)).toBeLessThanOrEqual(30);
    expect(draft.headline.citations.length).toBeGreaterThan(0);
    expect(draft.dek.citations.length).toBeGreaterThan(0);
  });

  it('quotes at least one community record verbatim and names its community', async () => {
    const records = recordsOf();
    const draft = await draftOf(records);
    expect(draft.quotes.length).toBeGreaterThanOrEqual(1);
    for (const quote of draft.quotes) {
      const source = records.find((record) => record.text.includes(quote.quote));
      expect(source?.kind).toBe('community');
      expect(quote.sentence.citations).toContain(source!.id);
      expect(quote.attribution).toMatch(/commenter|poster|user|reader|member/);
    }
  });

  it('writes a story so far of two to four sentences, each dated', async () => {
    const draft = await draftOf(recordsOf());
    expect(draft.storySoFar.length).toBeGreaterThanOrEqual(2);
    expect(draft.storySoFar.length).toBeLessThanOrEqual(4);
    for (const sentence of draft.storySoFar)
      expect(sentence.text).toMatch(
        /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
      );
  });

  it('writes only sentences that pass verification against the story records', async () => {
    const records = recordsOf();
    const draft = await draftOf(records);
    const { drops } = verifyStory(draft, byId(records));
    expect(drops).toEqual([]);
    expect(sentencesOfDraft(draft).length).toBeGreaterThan(10);
  });

  it('writes byte-identical output for the same input', async () => {
    const first = JSON.stringify(await createClassicalEngine().writeStory(inputFor('story-under-test', recordsOf())));
    const second = JSON.stringify(await createClassicalEngine().writeStory(inputFor('story-under-test', recordsOf())));
    expect(second).toBe(first);
  });
});

describe('the classical engine on the community-first story', () => {
  it('answers the community question with the press sentence that addresses it', async () => {
    const records = larkBatteryRecords();
    const asking = records.find((record) => record.text.startsWith('Will a firmware update'))!;
    const ledger = records.find((record) => record.venue === 'The Ledger')!;
    const draft = await draftOf(records);
    const item = draft.faq.find((entry) => entry.question === 'Will a firmware update fix the battery life?');
    expect(item?.askedIn).toEqual([asking.id]);
    expect(item?.answer.flatMap((sentence) => sentence.citations)).toContain(ledger.id);
    expect(item?.answer[0]?.text).toContain('would not change the battery capacity');
  });

  it('sets the disputed figures side by side with their sources', async () => {
    const records = larkBatteryRecords();
    const draft = await draftOf(records);
    const sideBySide = draft.sections
      .flatMap((section) => section.sentences)
      .find((sentence) => /disagree/.test(sentence.text));
    expect(sideBySide?.text).toContain('40 hours');
    expect(sideBySide?.text).toContain('28 hours');
    const cited = sideBySide!.citations.map((id) => records.find((record) => record.id === id)!);
    expect(cited.some((record) => record.text.includes('40 hours') && !record.text.includes('28 hours'))).toBe(true);
    expect(cited.some((record) => record.text.includes('28 hours'))).toBe(true);
  });

  it('heads the story with the community finding the figure before the press', async () => {
    const draft = await draftOf(larkBatteryRecords());
    expect(draft.headline.text).toMatch(/forum/);
    expect(draft.headline.text).toMatch(/28 hours/);
  });

  it('attributes every section sentence that reports a record to a named source', async () => {
    const draft = await draftOf(larkBatteryRecords());
    const attributed = /(Wrenfield Audio|Circuit Wire|The Ledger|commenter|poster|user|sources|Hacker News)/;
    for (const sentence of draft.sections.flatMap((section) => section.sentences))
      expect(sentence.text).toMatch(attributed);
  });
});

describe('the classical engine on the press-first story', () => {
  it('says openly that a question has no answer yet and cites where it was asked', async () => {
    const records = marlowPlateRecords();
    const asking = records.find((record) => record.platform === 'comments')!;
    const draft = await draftOf(records);
    const item = draft.faq.find((entry) => entry.question.startsWith('Will the cameras be moved'));
    expect(item?.askedIn).toEqual([asking.id]);
    expect(item?.answer).toEqual([
      {
        text: 'No source in this story answers this yet; a reader commenting on Bay Ledger asked it on 18 November 2026.',
        citations: [asking.id],
      },
    ] satisfies Sentence[]);
    expect(draft.sections.map((section) => section.title)).toContain('What is still open');
  });
});

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
