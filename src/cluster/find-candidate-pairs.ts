/**
 * @module cluster/find-candidate-pairs
 * An inverted index over each vector's top terms, so clustering compares only vectors that can be alike.
 */
import type { SparseVector } from '../enrich/tfidf.js';
import { topTermsOf } from './top-terms-of.js';

/**
 * A term that is a top term of more vectors than this adds no pairs: it is too common to separate
 * stories, and would make the pair count quadratic.
 */
export const MAX_POSTINGS_PER_TERM = 400;

/**
 * Index pairs `[i, j]` (i < j) of vectors sharing at least one of their top terms, each pair once,
 * sorted. Exact (all pairs) below `exactBelow` vectors, where the index would save nothing. `accept`
 * drops pairs that could never merge (further apart in time than the window) before they are kept.
 */
export function findCandidatePairs(
  vectors: readonly SparseVector[],
  exactBelow = 0,
  accept: (a: number, b: number) => boolean = () => true,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (vectors.length < exactBelow) {
    for (let i = 0; i < vectors.length; i += 1)
      for (let j = i + 1; j < vectors.length; j += 1) if (accept(i, j)) pairs.push([i, j]);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const term of topTermsOf(vector)) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const seen = new Set<number>();
  const width = vectors.length;
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS_PER_TERM) continue;
    for (let a = 0; a < list.length; a += 1) {
      for (let b = a + 1; b < list.length; b += 1) {
        const code = list[a]! * width + list[b]!;
        if (seen.has(code)) continue;
        seen.add(code);
        if (accept(list[a]!, list[b]!)) pairs.push([list[a]!, list[b]!]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
