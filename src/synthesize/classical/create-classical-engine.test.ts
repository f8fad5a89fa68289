import { describe, expect, it } from 'vitest';
import type { Sentence, SourceRecord } from '../../model/index.js';
import { verifyStory } from '../../verify/verify-story.js';
import { sentencesOfDraft } from '../../verify/sentences-of-draft.js';
import { inputFor, larkBatteryRecords } from './__fixtures__/lark-battery-story.js';
import { marlowPlateRecords } from './__fixtures__/marlow-plates-story.js';
import { createClassicalEngine } from './create-classical-engine.js';

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
