import { describe, expect, it } from 'vitest';
import { mostShared } from './most-shared.js';

describe('mostShared', () => {
  it('keeps the stories sharing the most terms, older first on ties', () => {
    const shared = new Map([
      [5, 1],
      [2, 3],
      [9, 3],
      [1, 2],
    ]);
    expect(mostShared(shared, 3)).toEqual([2, 9, 1]);
  });

  it('returns every story, oldest first, when there are no more than the limit', () => {
    expect(
      mostShared(
        new Map([
          [4, 1],
          [0, 5],
        ]),
        3,
      ),
    ).toEqual([0, 4]);
  });
});
