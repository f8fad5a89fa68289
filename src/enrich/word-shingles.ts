/**
 * @module enrich/word-shingles
 * Word shingles and Jaccard overlap, for spotting copied text.
 */
import { tokenize } from './tokenize.js';

/**
 * The set of `size`-word shingles of `text` (lower-cased word tokens joined by spaces). Text shorter
 * than `size` words has no shingles.
 */
export function wordShingles(text: string, size: number): Set<string> {
  const tokens = tokenize(text);
  const shingles = new Set<string>();
  for (let index = 0; index + size <= tokens.length; index += 1)
    shingles.add(tokens.slice(index, index + size).join(' '));
  return shingles;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
