import { describe, expect, it } from 'vitest';
import { buildTfidf, cosine, smoothedIdf } from './tfidf.js';

const length = (vector: Map<string, number>) =>
  Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));

describe('buildTfidf', () => {
  it('returns one L2-normalised vector per document', () => {
    const { vectors } = buildTfidf([['bus', 'bus', 'memory'], ['revenue', 'memory'], []]);
    expect(vectors).toHaveLength(3);
    expect(length(vectors[0]!)).toBeCloseTo(1, 10);
    expect(length(vectors[1]!)).toBeCloseTo(1, 10);
    expect(vectors[2]!.size).toBe(0);
  });

  it('uses smoothed idf, so a term in every document still weighs 1', () => {
    const { idf } = buildTfidf([['memory', 'bus'], ['memory']]);
    expect(idf.get('memory')).toBeCloseTo(1, 10);
    expect(idf.get('bus')).toBeCloseTo(Math.log(3 / 2) + 1, 10);
  });

  it('weighs each term by smoothedIdf, which is highest for a term no document holds', () => {
    const { idf } = buildTfidf([['memory', 'bus'], ['memory']]);
    expect(idf.get('bus')).toBe(smoothedIdf(2, 1));
    expect(smoothedIdf(2, 0)).toBeCloseTo(Math.log(3) + 1, 10);
    expect(smoothedIdf(2, 0)).toBeGreaterThan(smoothedIdf(2, 1));
  });

  it('uses sublinear term frequency', () => {
    const { vectors } = buildTfidf([['bus', 'bus', 'bus', 'card']]);
    expect(vectors[0]!.get('bus')! / vectors[0]!.get('card')!).toBeCloseTo(1 + Math.log(3), 10);
  });
});

describe('cosine', () => {
  it('is 1 for the same direction, 0 for disjoint terms and 0 for an empty vector', () => {
    const a = new Map([
      ['bus', 1],
      ['card', 2],
    ]);
    expect(
      cosine(
        a,
        new Map([
          ['bus', 2],
          ['card', 4],
        ]),
      ),
    ).toBeCloseTo(1, 10);
    expect(cosine(a, new Map([['revenue', 1]]))).toBe(0);
    expect(cosine(a, new Map())).toBe(0);
  });
});
