/**
 * @module cluster/most-shared
 * Candidate stories for a unit, ranked by how many of its index terms they share.
 */

/**
 * Candidate stories scored in full per unit. Scoring is a sparse dot product against the story's
 * summed vector, the clustering's main cost. Ranking first by shared index terms and scoring the top
 * 32: NeuS `val` pairwise F1 0.754 against 0.756 scoring all (16: 0.753), ECB+ unchanged, and the two
 * streaming passes on 30,000 synthetic records take 2.9 s against 9.2 s.
 */
export const MAX_CANDIDATES_SCORED = 32;

/**
 * The keys of `shared` (story → shared term count) with the most shared terms, at most `limit`,
 * most first; ties keep the lower story index (the older story).
 */
export function mostShared(shared: ReadonlyMap<number, number>, limit = MAX_CANDIDATES_SCORED): number[] {
  const entries = [...shared];
  if (entries.length > limit) entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  else entries.sort((a, b) => a[0] - b[0]);
  return entries.slice(0, limit).map(([story]) => story);
}
