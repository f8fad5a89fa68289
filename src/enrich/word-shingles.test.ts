import { describe, expect, it } from 'vitest';
import { jaccard, wordShingles } from './word-shingles.js';

describe('wordShingles', () => {
  it('makes overlapping lower-cased word windows', () => {
    expect([...wordShingles('The card has a Narrow bus', 5)]).toEqual([
      'the card has a narrow',
      'card has a narrow bus',
    ]);
  });

  it('gives no shingles for text shorter than the window', () => {
    expect(wordShingles('too short', 5).size).toBe(0);
  });
});

describe('jaccard', () => {
  it('divides the intersection by the union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBeCloseTo(0.5, 10);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
