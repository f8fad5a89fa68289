import { describe, expect, it } from 'vitest';
import { normalize, type SparseVector } from '../enrich/tfidf.js';
import { reassignUnits, type ReassignInput } from './reassign-units.js';
import { topTermsOf } from './top-terms-of.js';

const vector = (...terms: string[]): SparseVector => normalize(new Map(terms.map((term) => [term, 1])));

describe('reassignUnits', () => {
  const full = [
    vector('rail', 'strike', 'union'),
    vector('rail', 'strike', 'union', 'talks'),
    vector('union', 'talks', 'wages', 'rail'),
    vector('plate', 'reader', 'council'),
  ];
  const input: ReassignInput = {
    full,
    content: full,
    topTerms: full.map((vector) => topTermsOf(vector)),
    startedAt: [0, 1, 2, 3],
    threshold: 0.3,
    contentFloor: 0,
    windowMs: null,
  };

  it('moves a unit that streamed into a story it fits less well than another', () => {
    // Unit 2 arrived when the only story near it was the plate-reader one it barely touches.
    expect(
      reassignUnits(
        [
          [0, 1],
          [2, 3],
        ],
        input,
      ),
    ).toEqual([[0, 1, 2], [3]]);
  });

  it('leaves a unit where it is when its own story is at least as close', () => {
    expect(reassignUnits([[0, 1, 2], [3]], input)).toEqual([[0, 1, 2], [3]]);
  });

  it('keeps a unit alone when no other story passes the threshold', () => {
    expect(reassignUnits([[0, 1, 2], [3]], { ...input, threshold: 0.99 })).toEqual([[0, 1, 2], [3]]);
  });
});
