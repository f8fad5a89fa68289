import { describe, expect, it } from 'vitest';
import { normalize } from '../enrich/tfidf.js';
import { agglomerate, type AgglomerateInput } from './agglomerate.js';

const a = normalize(new Map([['bus', 1]]));
const b = normalize(
  new Map([
    ['bus', 1],
    ['revenue', 1],
  ]),
);
const c = normalize(new Map([['revenue', 1]]));
const base: AgglomerateInput = {
  full: [a, b, c],
  content: [a, b, c],
  startedAt: [0, 0, 0],
  candidatePairs: [
    [0, 1],
    [0, 2],
    [1, 2],
  ],
  threshold: 0.5,
  contentFloor: 0,
  windowMs: null,
};

describe('agglomerate', () => {
  it('uses the average link, so a bridging unit does not chain two unrelated ones', () => {
    // cos(a,b) = cos(b,c) ≈ 0.71 and cos(a,c) = 0: single link would make one group of three.
    expect(agglomerate(base)).toEqual([[0, 1], [2]]);
  });

  it('merges nothing that is not a candidate pair', () => {
    expect(agglomerate({ ...base, candidatePairs: [] })).toEqual([[0], [1], [2]]);
  });

  it('refuses a merge whose start times span more than the window', () => {
    expect(agglomerate({ ...base, startedAt: [0, 10_000, 20_000], windowMs: 5_000 })).toEqual([[0], [1], [2]]);
  });

  it('refuses a merge below the content floor', () => {
    expect(agglomerate({ ...base, content: [new Map(), new Map(), new Map()], contentFloor: 0.1 })).toEqual([
      [0],
      [1],
      [2],
    ]);
  });
});
