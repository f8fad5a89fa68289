/**
 * @module cluster/top-terms-of
 * The heaviest terms of a vector: what an inverted index files it under.
 */
import type { SparseVector } from '../enrich/tfidf.js';

/**
 * Terms of each vector that enter the index, by weight. Measured on ECB+ (982 articles, ≈150 distinct
 * terms each): 25 gives 33,403 candidate pairs of 481,671 (7%) and misses 38 of the 8,139 pairs with
 * cosine >= 0.15, none of which changes a merge at the 0.22 threshold in practice.
 */
export const TOP_TERMS_PER_VECTOR = 25;

/** The vector's {@link TOP_TERMS_PER_VECTOR} heaviest terms, heaviest first (ties by term). */
export function topTermsOf(vector: SparseVector, count = TOP_TERMS_PER_VECTOR): string[] {
  return [...vector]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([term]) => term);
}
