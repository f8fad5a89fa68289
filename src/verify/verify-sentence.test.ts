import { describe, expect, it } from 'vitest';
import { forumPost, otherStoryRecord, pressReport, storyRecords } from './__fixtures__/verifier-records.js';
import type { DisputedFigure } from '../weigh/find-disputed-figures.js';
import { checkNumbers } from './check-numbers.js';
import { verifySentence } from './verify-sentence.js';

const verify = (text: string, citations: string[], extraQuotes: string[] = []) =>
  verifySentence({ text, citations }, storyRecords(), extraQuotes);

describe('verifySentence', () => {
  it('passes a sentence whose figures and quotes its cited record holds', () => {
    expect(verify('Circuit Wire reported that the card uses a 256-bit bus.', [pressReport.id])).toBeNull();
  });

  it('fails an altered number in the numbers layer', () => {
    expect(verify('Circuit Wire reported that the card uses a 384-bit bus.', [pressReport.id])).toMatchObject({
      layer: 'numbers',
    });
  });

  it('fails a number that only a record it does not cite holds', () => {
    expect(verify('A forum poster said the bus is 192-bit.', [pressReport.id])).toMatchObject({ layer: 'numbers' });
    expect(verify('A forum poster said the bus is 192-bit.', [forumPost.id])).toBeNull();
  });

  it('fails a fabricated quotation in the quotes layer', () => {
    expect(verify('Dana Whitlock said: “We never claimed 256-bit.”', [pressReport.id])).toMatchObject({
      layer: 'quotes',
    });
  });

  it('fails a fabricated pull quote passed beside the sentence', () => {
    expect(
      verify('A poster on the Silicon Bench forum put it this way.', [forumPost.id], ['the bus is obviously fake']),
    ).toMatchObject({ layer: 'quotes' });
    expect(
      verify('A poster on the Silicon Bench forum put it this way.', [forumPost.id], ['that makes it 192-bit']),
    ).toBeNull();
  });

  it('fails a sentence with no citation, or with an empty one, in the citations layer', () => {
    expect(verify('The card uses a 256-bit bus.', [])).toMatchObject({ layer: 'citations' });
    expect(verify('The card uses a 256-bit bus.', [''])).toMatchObject({ layer: 'citations' });
  });

  it("fails a citation to another story's record in the citations layer", () => {
    expect(verify('The 14 bus validators reject every phone.', [otherStoryRecord.id])).toMatchObject({
      layer: 'citations',
    });
    expect(verify('The card uses a 256-bit bus.', [pressReport.id, otherStoryRecord.id])).toMatchObject({
      layer: 'citations',
    });
  });

  it('matches "31 percent" with "31%" in both directions, but not a bare 31 with a different percentage', () => {
    expect(verify('Circuit Wire reported the card is 31 percent faster.', [pressReport.id])).toBeNull();
    expect(verify('A poster said the 31% claim is for 1440p only.', [forumPost.id])).toBeNull();
    expect(verify('Circuit Wire reported the card is 13% faster.', [pressReport.id])).toMatchObject({
      layer: 'numbers',
    });
  });

  it('matches "2,400" with "2400" in both directions', () => {
    expect(verify('Kestrel sold 2,400 cards.', [pressReport.id])).toBeNull();
    expect(verify('About 2400 people pre-ordered.', [forumPost.id])).toBeNull();
    expect(verify('Kestrel sold 24,000 cards.', [pressReport.id])).toMatchObject({ layer: 'numbers' });
  });

  it('matches curly quotation marks with straight ones and the other way round', () => {
    expect(verify('The forum quoted the firmware: “six channels, not eight”.', [forumPost.id])).toBeNull();
    expect(
      verify('Whitlock said "We should have been clearer from day one," to Circuit Wire.', [pressReport.id]),
    ).toBeNull();
  });

  it('fails unpaired quotation marks, which cannot be checked', () => {
    expect(verify('Whitlock said "We should have been clearer.', [pressReport.id])).toMatchObject({ layer: 'quotes' });
  });

  it("counts a date written from a cited record's publication time as present, and no other date", () => {
    expect(verify('On 3 November 2026, Circuit Wire reported a 256-bit bus.', [pressReport.id])).toBeNull();
    expect(verify('On 4 November 2026, Circuit Wire reported a 256-bit bus.', [pressReport.id])).toMatchObject({
      layer: 'numbers',
    });
    expect(verify('On 5 November 2026, a poster disagreed.', [pressReport.id])).toMatchObject({ layer: 'numbers' });
  });

  it('does not read model names or venue names as figures to check', () => {
    const sentence = { text: 'On Silicon Bench Forums, the X90 was called 192-bit.', citations: [forumPost.id] };
    expect(verifySentence(sentence, storyRecords(), [], [checkNumbers])).toBeNull();
  });

  it('fails a name no cited record holds in the entities layer', () => {
    expect(verify('On Silicon Bench Forums, the X90 was called 192-bit.', [forumPost.id])).toMatchObject({
      layer: 'entities',
      reason: expect.stringContaining('X90'),
    });
  });
});

describe('verifySentence, layers 4 to 7', () => {
  it("checks a lead claim against the cited records' publication times", () => {
    expect(
      verify('The Silicon Bench forum was two days ahead of Circuit Wire on the bus', [forumPost.id, pressReport.id]),
    ).toMatchObject({ layer: 'support' });
  });

  it('fails a flipped negation in the support layer', () => {
    expect(
      verify('Circuit Wire reported that Kestrel did not sell 2400 cards in the first week.', [pressReport.id]),
    ).toMatchObject({ layer: 'support' });
  });

  it('fails a clause the cited record never wrote in the support layer', () => {
    expect(
      verify('Circuit Wire reported that the card overheats, throttles badly and ships late.', [pressReport.id]),
    ).toMatchObject({ layer: 'support' });
  });

  it('fails a group no cited record shows in the attribution layer', () => {
    expect(verify('Critics argued that the card uses a 256-bit bus.', [pressReport.id])).toMatchObject({
      layer: 'attribution',
    });
  });

  it('fails a speaker no cited record stands for in the attribution layer', () => {
    expect(verify('A Hacker News commenter wrote that the card uses a 256-bit bus.', [pressReport.id])).toMatchObject({
      layer: 'attribution',
    });
  });

  it('fails a disputed figure stated as settled in the consistency layer, and passes it attributed', () => {
    const { records, facts } = busWidthDispute();
    const settled = verifySentence(
      { text: 'The card uses a 256-bit bus.', citations: [pressReport.id] },
      records,
      [],
      undefined,
      facts,
    );
    expect(settled).toMatchObject({ layer: 'consistency' });
    expect(
      verifySentence(
        { text: 'Circuit Wire reported that the card uses a 256-bit bus.', citations: [pressReport.id] },
        records,
        [],
        undefined,
        facts,
      ),
    ).toBeNull();
  });

  it('lets a question name one side of a disputed figure: asking settles nothing', () => {
    const { records, facts } = busWidthDispute();
    const verdict = verifySentence(
      { text: 'Does the card use a 256-bit bus?', citations: [pressReport.id] },
      records,
      [],
      undefined,
      facts,
    );
    expect(verdict?.layer).not.toBe('consistency');
    expect(
      verifySentence(
        { text: 'The card uses a 256-bit bus!', citations: [pressReport.id] },
        records,
        [],
        undefined,
        facts,
      ),
    ).toMatchObject({ layer: 'consistency' });
  });
});

/** The press report's 256-bit against the forum's 192-bit, as the consistency layer is told of it. */
function busWidthDispute() {
  const records = new Map([pressReport, forumPost].map((record) => [record.id, record]));
  const dispute: DisputedFigure = {
    unit: 'bit',
    values: [
      { value: '256', surface: '256-bit', records: [pressReport] },
      { value: '192', surface: '192-bit', records: [forumPost] },
    ],
  };
  return { records, facts: { disputes: [dispute], instructing: new Map<string, string>() } };
}
