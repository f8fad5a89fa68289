/**
 * @module cluster/find-near-duplicates
 * Groups records whose texts are the same article: exact copies by a hash of the normalised text,
 * near copies (edited, re-ordered, re-headlined, truncated, boilerplate swapped) by MinHash with
 * locality-sensitive hashing, then confirmed on the exact shingle sets. Never compares all pairs.
 */
import { minhashSignature, SIGNATURE_SIZE, sortedContainment, sortedJaccard, textShingles } from '../enrich/minhash.js';
import { pushTo } from '../model/index.js';

/** LSH bands × rows = SIGNATURE_SIZE. 32 bands of 2 make a pair at Jaccard 0.4 a candidate with probability 0.9995, at 0.1 with 0.28 (then refused on its exact sets). */
export const LSH_BANDS = 32;
const ROWS = SIGNATURE_SIZE / LSH_BANDS;
/** Shingle Jaccard at or above which two texts are one article. */
export const NEAR_DUPLICATE_JACCARD = 0.45;
/** ...or containment at or above which the shorter is a truncation of the longer (with Jaccard at least the floor). */
export const NEAR_DUPLICATE_CONTAINMENT = 0.8;
export const CONTAINMENT_JACCARD_FLOOR = 0.25;
/**
 * Candidates whose signatures agree on fewer bins than this are not checked exactly. It sits below the
 * lowest Jaccard that can pass (the containment rule's 0.25) by about two standard errors at 64 bins.
 */
export const CANDIDATE_ESTIMATE_FLOOR = 0.12;
/** Texts with fewer shingles than this are too short to call copies by overlap (exact copies still group). */
export const MIN_SHINGLES = 8;

export interface DuplicateCandidate {
  id: string;
  text: string;
}

/** Groups of ids (each sorted, two or more), in order of each group's first id. Records in no group are absent. */
export function findNearDuplicates(items: readonly DuplicateCandidate[]): string[][] {
  const parent = items.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const exact = new Map<string, number>();
  const shingles: Uint32Array[] = [];
  const signatures: Uint32Array[] = [];
  items.forEach((item, index) => {
    const { hashes: set, fingerprint } = textShingles(item.text);
    const first = exact.get(fingerprint);
    if (first !== undefined && set.length > 0) union(first, index);
    else exact.set(fingerprint, index);
    shingles.push(set);
    if (set.length >= MIN_SHINGLES) signatures[index] = minhashSignature(set);
  });

  // One band at a time, its buckets keyed by the band's values folded into one 32-bit number (a rare
  // collision only costs an exact check). Holding all 32 bands' buckets at once took about 200 MB for
  // 100,000 records; one band's are garbage before the next is built. The merges come out the same.
  for (let band = 0; band < LSH_BANDS; band += 1) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((signature, index) => {
      let bucket = 0x811c9dc5;
      for (let row = 0; row < ROWS; row += 1) bucket = Math.imul(bucket ^ signature[band * ROWS + row]!, 0x01000193);
      const members = buckets.get(bucket >>> 0);
      if (members) members.push(index);
      else buckets.set(bucket >>> 0, [index]);
    });
    for (const members of buckets.values()) {
      if (members.length < 2) continue;
      for (let a = 0; a < members.length; a += 1) {
        for (let b = a + 1; b < members.length; b += 1) {
          const [x, y] = [members[a]!, members[b]!];
          // A pair met in several bands is estimated again each time: 64 comparisons cost less than remembering it.
          if (find(x) === find(y)) continue;
          // The signatures' agreement estimates Jaccard for 64 comparisons; only a plausible pair pays for the exact merge.
          if (estimatedJaccard(signatures[x]!, signatures[y]!) < CANDIDATE_ESTIMATE_FLOOR) continue;
          if (isNearDuplicate(shingles[x]!, shingles[y]!)) union(x, y);
        }
      }
    }
  }

  const groups = new Map<number, string[]>();
  items.forEach((item, index) => {
    const root = find(index);
    pushTo(groups, root, item.id);
  });
  return [...groups.values()].filter((group) => group.length > 1).map((group) => group.sort());
}

/** The share of signature bins two texts agree on: an estimate of their shingle Jaccard. */
function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let agree = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) agree += 1;
  return agree / a.length;
}

/** Same article: high Jaccard, or the shorter is mostly inside the longer (a truncation) with real overlap. */
export function isNearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  const jaccard = sortedJaccard(a, b);
  if (jaccard >= NEAR_DUPLICATE_JACCARD) return true;
  return jaccard >= CONTAINMENT_JACCARD_FLOOR && sortedContainment(a, b) >= NEAR_DUPLICATE_CONTAINMENT;
}
