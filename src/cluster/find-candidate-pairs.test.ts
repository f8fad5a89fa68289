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
    expect(findCandidatePairs(vectors)).toEqual([[0, 2], [1, 4]]);
  });

  it('compares every pair below the exact-comparison size', () => {
    expect(findCandidatePairs(vectors, 10)).toHaveLength(10);
  });
});
