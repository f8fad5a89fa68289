import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { checkSupport } from './check-support.js';
import { verifySentence } from './verify-sentence.js';

const record = makeRecord({
  externalId: 'https://harbor.example/vote',
  venue: 'Harbor Ledger',
  title: 'Council holds the line on plate data',
  text: 'Harbor City will not delay the licence-plate vote, and nobody on the council asked it to wait. The mayor will not attend the Tuesday meeting.',
});
const grid = makeRecord({
  externalId: 'https://harbor.example/grid',
  venue: 'Harbor Ledger',
  title: 'Reservoir level and the ferry',
  text:
    'The reservoir level rose about 12 percent this week and is already within its operating limits. ' +
    'The ferry booking site was down for six hours on Sunday. ' +
    'Most council members backed the plan, and two abstained. ' +
    'Applications fell to 293,000 from a revised 344,750 a week earlier. ' +
    'The council approved the budget after a long meeting.',
});
const records = new Map([
  [record.id, record],
  [grid.id, grid],
]);
const verify = (text: string, cited = record) => verifySentence({ text, citations: [cited.id] }, records);

describe('checkSupport on negation', () => {
  it('passes the cited sentence cut short, which keeps only the negations of the part it quotes', () => {
    expect(verify('Harbor City will not delay the licence-plate vote')).toBeNull();
  });

  it('fails a negation dropped from, or added to, what the cited sentence says', () => {
    expect(verify('The mayor will attend the Tuesday meeting.')).toMatchObject({ layer: 'support' });
    expect(verify('The Harbor Ledger reported that the mayor will not attend the Tuesday meeting.')).toBeNull();
    expect(
      verify('The Harbor Ledger reported that the mayor never said he will not attend the Tuesday meeting.'),
    ).toMatchObject({ layer: 'support' });
  });
});

describe('checkSupport on paraphrase', () => {
  it.each([
    'The Harbor Ledger reported that the reservoir level climbed roughly 12 percent this week.',
    'The Harbor Ledger reported that the ferry booking site was offline for six hours on Sunday.',
    'The Harbor Ledger reported that applications dropped to 293,000 from a revised 344,750 a week earlier.',
    'The Harbor Ledger reported that the majority of council members supported the plan.',
    'The Harbor Ledger reported that the council passed the budget following a lengthy meeting.',
  ])('passes a faithful paraphrase: %s', (text) => {
    expect(verify(text, grid)).toBeNull();
  });
});

describe('checkSupport on reversal, quantifiers, new facts and swapped figures', () => {
  it.each([
    ['an antonym', 'The Harbor Ledger reported that the reservoir level fell about 12 percent this week.'],
    ['a reversed state', 'The Harbor Ledger reported that the reservoir is already outside its operating limits.'],
    ['a reversed decision', 'The Harbor Ledger reported that the council rejected the budget after a long meeting.'],
    [
      'a quantifier the record does not bear out',
      'The Harbor Ledger reported that all council members backed the plan.',
    ],
    [
      'a cause nobody reported',
      'The Harbor Ledger reported that the ferry booking site was down on Sunday because of a pay dispute.',
    ],
    [
      'figures swapped between slots',
      'The Harbor Ledger reported that applications fell to 344,750 from a revised 293,000 a week earlier.',
    ],
  ])('fails %s', (_, text) => {
    expect(verify(text, grid)).toMatchObject({ layer: 'support' });
  });
});

describe('checkSupport on the engine timing frame', () => {
  it('leaves "a day before … reported it" to the timing checks, but reads a record’s own "days after"', () => {
    const context = { storyRecords: records, extraQuotes: [], disputes: [], instructing: new Map() };
    const check = (text: string) => checkSupport.check({ text, citations: [grid.id] }, context);
    expect(
      check('The ferry booking site was down for six hours on Sunday, a day before Harbor Ledger reported it.'),
    ).toBeNull();
    expect(check('The council approved the budget two days before a long meeting.')).not.toBeNull();
  });
});
