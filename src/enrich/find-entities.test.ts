import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { findEntities, isTitleCase } from './find-entities.js';

const texts = (record: Parameters<typeof findEntities>[0]) => findEntities(record).map((mention) => mention.text);

describe('findEntities', () => {
  it('joins proper nouns into phrases across "of" after an institution word, "&" and unspaced hyphens', () => {
    const found = texts({
      title: null,
      text: 'The Bank of England met Procter & Gamble and Coca-Cola in London. The president of France stayed home.',
    });
    expect(found).toEqual(
      expect.arrayContaining(['Bank of England', 'Procter & Gamble', 'Coca-Cola', 'London', 'France']),
    );
    expect(found).not.toContain('Bank');
    expect(found.some((text) => text.includes('of France'))).toBe(false);
  });

  it("takes in capitalised words wink tags otherwise right before a name, but not a sentence's first word", () => {
    const found = texts({
      title: null,
      text: 'The data stopped when the Advanced Scanning Imager on Aster-3 failed. Operators Say Nothing Lasts.',
    });
    expect(found).toContain('Advanced Scanning Imager');
    expect(found).not.toContain('Scanning Imager');
    expect(found.some((text) => text.startsWith('Operators'))).toBe(false);
  });

  it('runs a name on over a capitalised word wink tags otherwise after it ("Harbor City"), not over a lower-case one', () => {
    const found = texts({
      title: null,
      text: 'Commuters in Harbor City lose 40 trains, and Northline Rail said the Harbor council was told.',
    });
    expect(found).toEqual(expect.arrayContaining(['Harbor City', 'Northline Rail']));
    expect(found).not.toContain('Harbor council');
  });

  it('counts each phrase and its title occurrences, first occurrence first', () => {
    const found = findEntities(
      makeRecord({
        title: 'Kestrel cuts the Vireo X90 price',
        text: 'Kestrel said the Vireo X90 now costs $649. Analysts expect Kestrel to cut again.',
      }),
    );
    expect(found.map((mention) => [mention.text, mention.count, mention.inTitle])).toEqual([
      ['Kestrel', 3, 1],
      ['Vireo X90', 2, 1],
    ]);
  });

  it('strips honorifics into person cues and counts ages, speech, places and organisation nouns', () => {
    const found = findEntities({
      title: null,
      text: 'Governor Andrew Bailey spoke in Malibu. Tara Reid, 33, checked in. Then Tara Reid told reporters that Kestrel shares fell.',
    });
    const byText = new Map(found.map((mention) => [mention.text, mention]));
    expect(byText.get('Andrew Bailey')).toMatchObject({ type: 'person', cues: { person: 1 } });
    expect(byText.get('Tara Reid')).toMatchObject({ type: 'person', count: 2, cues: { person: 1, speech: 1 } });
    expect(byText.get('Malibu')).toMatchObject({ type: 'place', cues: { place: 1 } });
    expect(byText.get('Kestrel')).toMatchObject({ type: 'organisation', cues: { organisation: 1 } });
    expect(byText.has('Governor Andrew Bailey')).toBe(false);
  });

  it('leaves out calendar words, units after numbers, reporting periods and words that only begin a sentence', () => {
    const found = texts({
      title: null,
      text: 'On Tuesday the card shipped with 16 GB of memory. Buyers waited until December.',
    });
    expect(found).toEqual([]);
    expect(texts({ title: 'Kestrel Semiconductor Q3: revenue up', text: '' })).toEqual(['Kestrel Semiconductor']);
  });

  it('counts a title-case title by the phrases its text has, not wink’s tags', () => {
    const record = {
      title: 'Kestrel Semiconductor Posts Record Third-Quarter Revenue',
      text: 'Kestrel Semiconductor reported revenue of $2.41bn.',
    };
    expect(isTitleCase(record.title)).toBe(true);
    expect(findEntities(record).map((mention) => [mention.text, mention.inTitle])).toEqual([
      ['Kestrel Semiconductor', 1],
    ]);
    expect(texts({ title: record.title, text: '' })).not.toEqual([]);
  });

  it('reads only the first ENTITY_TEXT_CHARS of a long text and survives a 1 MB word', () => {
    expect(texts({ title: null, text: 'The card went to Kestrel.' })).toEqual(['Kestrel']);
    expect(texts({ title: null, text: `${'The card shipped. '.repeat(400)}The card went to Kestrel.` })).toEqual([]);
    const started = performance.now();
    expect(texts({ title: null, text: `The card went to Kestrel ${'x'.repeat(1_000_000)} today.` })).toEqual([
      'Kestrel',
    ]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('finds nothing in an empty record', () => {
    expect(findEntities({ title: null, text: '' })).toEqual([]);
  });
});
