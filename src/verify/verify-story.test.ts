import { describe, expect, it } from 'vitest';
import type { StoryDraftWithAlternatives } from '../synthesize/draft-alternatives.js';
import { forumPost, otherStoryRecord, pressReport, storyRecords } from './__fixtures__/verifier-records.js';
import { sentencesOfDraft } from './sentences-of-draft.js';
import { verifyStory } from './verify-story.js';

const good = (text: string, ...ids: string[]) => ({ text, citations: ids.length > 0 ? ids : [pressReport.id] });

function draft(): StoryDraftWithAlternatives {
  return {
    headline: good('A forum found a 192-bit bus before Circuit Wire reported 256-bit', forumPost.id, pressReport.id),
    dek: good(
      'The forum read the firmware as 192-bit; Circuit Wire reported a 256-bit bus and a card 31% faster than the last one.',
      forumPost.id,
      pressReport.id,
    ),
    sections: [
      {
        title: 'The forum read the firmware first',
        sentences: [
          good('A poster wrote that it makes it 192-bit.', forumPost.id),
          good('Circuit Wire reported a 256-bit bus.'),
        ],
      },
      {
        title: 'A section that is all wrong',
        sentences: [good('Circuit Wire reported 9,999 cards sold.'), { text: 'No citation here.', citations: [] }],
      },
    ],
    quotes: [
      {
        sentence: good('A poster put it this way.', forumPost.id),
        quote: 'six channels, not eight',
        attribution: 'a poster on the Silicon Bench forum',
        platform: 'forum',
      },
      {
        sentence: good('A poster put it this way.', forumPost.id),
        quote: 'it is definitely 128-bit',
        attribution: 'a poster on the Silicon Bench forum',
        platform: 'forum',
      },
    ],
    storySoFar: [
      good('On 5 November 2026, a poster read 192-bit.', forumPost.id),
      good('On 3 November 2026, Circuit Wire reported 256-bit.'),
    ],
    faq: [
      {
        question: 'Is it really 192-bit?',
        askedIn: [otherStoryRecord.id],
        answer: [good('Circuit Wire reported a 256-bit bus.')],
      },
      {
        question: 'Does this affect cards already sold?',
        askedIn: [forumPost.id],
        answer: [good('Circuit Wire reported a 512-bit bus.')],
      },
    ],
    alternatives: {
      headline: [
        good('Circuit Wire got the 999-bit figure wrong, the forum said today'),
        good('Circuit Wire reported a 256-bit bus on a card 31% faster than before'),
      ],
      dek: [],
    },
  };
}

describe('verifyStory', () => {
  it('keeps a draft whose every sentence passes, unchanged and without alternatives', () => {
    const clean = { ...draft(), sections: [draft().sections[0]!], quotes: [draft().quotes[0]!], faq: [] };
    const result = verifyStory(clean, storyRecords());
    expect(result.drops).toEqual([]);
    const { alternatives: _unused, ...expected } = clean;
    expect(result.draft).toEqual(expected);
    expect('alternatives' in result.draft).toBe(false);
  });

  it('removes failing sentences, then the section they leave empty', () => {
    const { draft: verified, drops } = verifyStory(draft(), storyRecords());
    expect(verified.sections.map((section) => section.title)).toEqual(['The forum read the firmware first']);
    expect(drops.map((drop) => [drop.text, drop.layer])).toEqual(
      expect.arrayContaining([
        ['Circuit Wire reported 9,999 cards sold.', 'numbers'],
        ['No citation here.', 'citations'],
      ]),
    );
  });

  it('removes a quote whose verbatim span no cited record holds', () => {
    const { draft: verified, drops } = verifyStory(draft(), storyRecords());
    expect(verified.quotes.map((quote) => quote.quote)).toEqual(['six channels, not eight']);
    expect(drops.find((drop) => drop.layer === 'quotes')?.reason).toContain('it is definitely 128-bit');
  });

  it('removes FAQ items asked outside the story or left without an answer', () => {
    const { draft: verified } = verifyStory(draft(), storyRecords());
    expect(verified.faq).toEqual([]);
  });

  it('keeps an FAQ item whose honest no-answer sentence survives', () => {
    const withOpenQuestion = {
      ...draft(),
      faq: [
        {
          question: 'Does this affect cards already sold?',
          askedIn: [forumPost.id],
          answer: [
            good('No source in this story answers this yet; a poster asked it on 5 November 2026.', forumPost.id),
          ],
        },
      ],
    };
    expect(verifyStory(withOpenQuestion, storyRecords()).draft.faq).toHaveLength(1);
  });

  it('replaces a failing headline with the first alternative that passes', () => {
    const broken = { ...draft(), headline: good('The forum found a 160-bit bus before anyone else', forumPost.id) };
    const { draft: verified, drops } = verifyStory(broken, storyRecords());
    expect(verified.headline.text).toBe('Circuit Wire reported a 256-bit bus on a card 31% faster than before');
    expect(drops.map((drop) => drop.text)).toContain('The forum found a 160-bit bus before anyone else');
  });

  it('falls back to the first surviving section sentence when no alternative passes', () => {
    const broken = { ...draft(), dek: good('Circuit Wire reported 77 things.'), alternatives: undefined };
    const { draft: verified } = verifyStory(broken, storyRecords());
    expect(verified.dek).toEqual(good('A poster wrote that it makes it 192-bit.', forumPost.id));
  });

  it('counts the FAQ question as a statement, checked against where it was asked', () => {
    const located = sentencesOfDraft(draft());
    expect(located.filter((entry) => entry.location.part === 'faq-question')).toHaveLength(2);
    expect(located).toHaveLength(2 + 4 + 2 + 2 + 2 + 2);
  });
});
