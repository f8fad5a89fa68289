import { describe, expect, it } from 'vitest';
import { minhashSignature, shingleHashes, sortedJaccard, textShingles } from '../enrich/minhash.js';
import { findNearDuplicates } from './find-near-duplicates.js';

const ARTICLE =
  'The council approved the harbour budget by seven votes to two on Tuesday night after a four hour session. ' +
  'The budget keeps the winter ferry running and funds two lifeguard posts on the north beach. ' +
  'The library receives no new money for a second year, and the opposition promised to raise it again in spring. ' +
  'Councillors said the ferry contract would be renewed for three more years at the same price.';

describe('findNearDuplicates', () => {
  it('groups an exact copy that differs only in case, punctuation and spacing', () => {
    expect(
      findNearDuplicates([
        { id: 'a', text: ARTICLE },
        { id: 'b', text: ARTICLE.toUpperCase().replace(/\./g, ' !') },
        { id: 'c', text: 'Something else entirely, about trains.' },
      ]),
    ).toEqual([['a', 'b']]);
  });

  it('groups a lightly edited, re-headlined copy with boilerplate added, and a truncation', () => {
    const edited = `Harbour budget passes\n\nSign up for our newsletter. ${ARTICLE.replace('four hour', 'four-hour long').replace('three more years', 'three years')} Share this story.`;
    const truncated = ARTICLE.split('. ').slice(0, 3).join('. ');
    expect(
      findNearDuplicates([
        { id: 'a', text: ARTICLE },
        { id: 'b', text: edited },
        { id: 'c', text: truncated },
      ]),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('keeps apart two reports of the same event in different words', () => {
    const other =
      'By seven to two, councillors passed the harbour spending plan late on Tuesday. Ferries will keep sailing this winter and the north beach gets two lifeguards, while the library again gets nothing.';
    expect(
      findNearDuplicates([
        { id: 'a', text: ARTICLE },
        { id: 'b', text: other },
      ]),
    ).toEqual([]);
  });
});

describe('minhash', () => {
  it('estimates Jaccard from signature agreement', () => {
    const a = shingleHashes(ARTICLE);
    const b = shingleHashes(ARTICLE.split('. ').slice(0, 3).join('. '));
    const [sa, sb] = [minhashSignature(a), minhashSignature(b)];
    const agreement = sa.filter((value, index) => value === sb[index]).length / sa.length;
    expect(Math.abs(agreement - sortedJaccard(a, b))).toBeLessThan(0.2);
  });

  it('folds case and drops apostrophes when reading words', () => {
    expect(textShingles("Don't STOP me now").fingerprint).toBe(textShingles('dont stop me, now!').fingerprint);
  });
});
