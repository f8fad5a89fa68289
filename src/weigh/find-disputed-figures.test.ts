import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { findDisputedFigures, refutesValue } from './find-disputed-figures.js';

describe('findDisputedFigures', () => {
  it('finds a figure that a later record corrects ("192-bit, not 256-bit")', () => {
    const records = [
      makeRecord({ externalId: 'a', text: 'The card has a 256-bit memory bus.' }),
      makeRecord({
        externalId: 'b',
        platform: 'forum',
        text: 'The straps say it is 192-bit, not 256-bit as advertised.',
      }),
    ];
    const [dispute] = findDisputedFigures(records);
    expect(dispute?.unit).toBe('bit');
    expect(dispute?.values.map((value) => value.value)).toEqual(['256', '192']);
  });

  it('does not take a comparison with expectations for a dispute ("$2.41B vs $2.36B expected")', () => {
    const records = [
      makeRecord({ externalId: 'a', text: 'Revenue was $2.41 billion.' }),
      makeRecord({ externalId: 'b', platform: 'reddit', text: 'Revenue $2.41B vs $2.36B expected, a clean beat.' }),
    ];
    expect(findDisputedFigures(records)).toEqual([]);
  });

  it('does not take two different quantities joined by "but" for a dispute', () => {
    const records = [
      makeRecord({ externalId: 'a', text: 'The primary imager sees at 2 km.' }),
      makeRecord({
        externalId: 'b',
        platform: 'bluesky',
        text: 'There is a backup imager at 4 km, but the primary at 2 km is the one forecasters use.',
      }),
    ];
    expect(findDisputedFigures(records)).toEqual([]);
  });
});

describe('findDisputedFigures with comparisons worded as corrections', () => {
  it('ignores two values that every record states together ("4 km rather than 2 km")', () => {
    const records = [
      makeRecord({ externalId: 'a', text: 'The backup produces pictures at 4 km resolution rather than 2 km.' }),
      makeRecord({
        externalId: 'b',
        platform: 'bluesky',
        text: 'A backup with 4 km pixels instead of 2 km for the primary.',
      }),
    ];
    expect(findDisputedFigures(records)).toEqual([]);
  });
});

describe('findDisputedFigures and which value is refuted', () => {
  it('ignores "4 km rather than 2 km" even where 4 km is also stated alone: 2 km was never claimed', () => {
    const records = [
      makeRecord({ externalId: 'a', text: 'The backup runs at 4 km resolution.' }),
      makeRecord({ externalId: 'b', platform: 'bluesky', text: 'Pictures at 4 km resolution rather than 2 km.' }),
    ];
    expect(findDisputedFigures(records)).toEqual([]);
  });
});

describe('refutesValue: a report naming a figure only to call it wrong', () => {
  const report = makeRecord({
    externalId: 'report',
    title: 'Council keeps plate data for 365 days',
    text: 'The council voted to keep the data for 365 days, not 90 days.',
  });
  const post = makeRecord({ externalId: 'post', platform: 'mastodon', text: 'The council settled on 90 days.' });
  const debunk = makeRecord({
    externalId: 'debunk',
    text: 'Claims that the council had settled on 90 days are incorrect. The period is 365 days.',
  });
  const nextSentence = makeRecord({
    externalId: 'next',
    text: 'Posts have said 90 days. That is not what the council approved: it chose 365 days.',
  });
  const reporting = makeRecord({
    externalId: 'reporting',
    text: 'Testers found 90 days where the council said 365 days.',
  });

  it('is true where the sentence stating the value, or the next one, calls it wrong', () => {
    const dispute = findDisputedFigures([report, post, debunk, nextSentence, reporting])[0]!;
    const ninety = dispute.values.find((value) => value.value === '90')!;
    expect(refutesValue(debunk, dispute, ninety)).toBe(true);
    expect(refutesValue(nextSentence, dispute, ninety)).toBe(true);
    expect(refutesValue(reporting, dispute, ninety)).toBe(false);
    expect(refutesValue(post, dispute, ninety)).toBe(false);
  });
});
