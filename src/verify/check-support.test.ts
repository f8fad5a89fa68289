import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { verifySentence } from './verify-sentence.js';

const record = makeRecord({
  externalId: 'https://harbor.example/vote',
  venue: 'Harbor Ledger',
  title: 'Council holds the line on plate data',
  text: 'Harbor City will not delay the licence-plate vote, and nobody on the council asked it to wait. The mayor will not attend the Tuesday meeting.',
});
const records = new Map([[record.id, record]]);
const verify = (text: string) => verifySentence({ text, citations: [record.id] }, records);

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
