/**
 * @module synthesize/classical/select-diverse
 * Maximal marginal relevance: the best candidates that do not repeat each other or what is already used.
 */
import type { Candidate } from './collect-candidates.js';
import { cosine } from './text-vectors.js';

/** MMR trade-off: 0.7 favours relevance while still penalising overlap (Carbonell and Goldstein, 1998, use 0.7 in examples). */
export const MMR_LAMBDA = 0.7;
/** Above this cosine two sentences say the same thing (syndicated copy, quoted replies) and only one is kept. */
export const REDUNDANCY_CEILING = 0.6;

/**
 * Picks up to `count` candidates from `pool`, best first by MMR, never picking one already in `used`
 * or too similar to one in `used`. Adds the picks to `used`. Ties break on the candidate key.
 */
export function selectDiverse(pool: readonly Candidate[], count: number, used: Map<string, Candidate>): Candidate[] {
  const picked: Candidate[] = [];
  const remaining = pool.filter((candidate) => !used.has(candidate.key));
  while (picked.length < count) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const candidate of remaining) {
      if (used.has(candidate.key)) continue;
      const overlap = Math.max(0, ...[...used.values()].map((other) => cosine(candidate.vector, other.vector)));
      if (overlap > REDUNDANCY_CEILING) continue;
      const value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * overlap;
      if (value > bestValue || (value === bestValue && best !== null && candidate.key < best.key)) {
        best = candidate;
        bestValue = value;
      }
    }
    if (best === null) break;
    picked.push(best);
    used.set(best.key, best);
  }
  return picked;
}
