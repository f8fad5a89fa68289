import { describe, expect, it } from 'vitest';
import { buildTfidf } from '../enrich/tfidf.js';
import { findCandidatePairs } from './find-candidate-pairs.js';

describe('findCandidatePairs', () => {
  const { vectors } = buildTfidf([
    ['memory', 'bus', 'vbios'],
    ['revenue', 'guidance', 'margin'],
    ['memory', 'bus', 'bandwidth'],
    ['marathon', 'runners'],
    ['margin', 'quarter'],
  ]);

  it('pairs only vectors that share a top term', () => {
    expect(findCandidatePairs(vectors)).toEqual([
      [0, 2],
      [1, 4],
    ]);
  });

  it('compares every pair below the exact-comparison size', () => {
    expect(findCandidatePairs(vectors, 10)).toHaveLength(10);
  });

  it('drops the pairs the caller rules out, in both modes', () => {
    const notWithFour = (a: number, b: number) => a !== 4 && b !== 4;
    expect(findCandidatePairs(vectors, 0, notWithFour)).toEqual([[0, 2]]);
    expect(findCandidatePairs(vectors, 10, notWithFour)).toHaveLength(6);
  });
});
