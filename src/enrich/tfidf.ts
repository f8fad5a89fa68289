/**
 * @module enrich/tfidf
 * Sparse TF-IDF vectors (sublinear tf, smoothed idf, L2-normalised) and cosine similarity.
 */

/** A sparse vector: term → weight. Terms absent from the map weigh 0. */
export type SparseVector = Map<string, number>;

/** The vectors of a document collection, in input order, and the idf of every term seen. */
export interface TfidfModel {
  vectors: SparseVector[];
  idf: Map<string, number>;
}

/** Options of {@link buildTfidf}. */
export interface TfidfOptions {
  /**
   * Terms found in fewer documents than this are left out of every vector (default 1: none is).
   * A term only one document uses cannot make it similar to any other; it only lengthens its vector.
   */
  minDocumentFrequency?: number;
}

/**
 * The smoothed inverse document frequency of a term found in `documentFrequency` of `documentCount`
 * documents: ln((1 + n) / (1 + df)) + 1, scikit-learn's default, so a term in every document still
 * weighs 1 and a term in none (df = 0) weighs the most, ln(1 + n) + 1.
 */
export function smoothedIdf(documentCount: number, documentFrequency: number): number {
  return Math.log((1 + documentCount) / (1 + documentFrequency)) + 1;
}

/**
 * TF-IDF over tokenised documents. tf = 1 + ln(count) (sublinear); idf is {@link smoothedIdf}; each
 * vector is L2-normalised. An empty document gets an empty vector.
 */
export function buildTfidf(documents: Iterable<readonly string[]>, options: TfidfOptions = {}): TfidfModel {
  const minDocumentFrequency = options.minDocumentFrequency ?? 1;
  const documentFrequency = new Map<string, number>();
  // Documents may come from a generator, so each token list can be dropped once counted.
  const counts: Array<Map<string, number>> = [];
  for (const tokens of documents) {
    const termCounts = new Map<string, number>();
    for (const token of tokens) termCounts.set(token, (termCounts.get(token) ?? 0) + 1);
    for (const term of termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    counts.push(termCounts);
  }
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) idf.set(term, smoothedIdf(counts.length, frequency));
  const vectors = counts.map((termCounts, index) => {
    counts[index] = EMPTY_COUNTS; // Each count map is garbage once its vector is made.
    const vector: SparseVector = new Map();
    for (const [term, count] of termCounts) {
      if (documentFrequency.get(term)! >= minDocumentFrequency)
        vector.set(term, (1 + Math.log(count)) * idf.get(term)!);
    }
    return normalize(vector);
  });
  return { vectors, idf };
}

const EMPTY_COUNTS: Map<string, number> = new Map();

/** Cosine similarity of two sparse vectors, in [-1, 1]; 0 when either is empty or zero. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const denominator = Math.sqrt(dot(a, a) * dot(b, b));
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/** The dot product, iterating the smaller map. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** A new vector scaled to unit length; a zero vector comes back empty. */
export function normalize(vector: SparseVector): SparseVector {
  const length = Math.sqrt(dot(vector, vector));
  const result: SparseVector = new Map();
  if (length === 0) return result;
  for (const [term, weight] of vector) result.set(term, weight / length);
  return result;
}

/** Adds `scale × source` into `target` in place and returns `target`. */
export function addInto(target: SparseVector, source: SparseVector, scale = 1): SparseVector {
  for (const [term, weight] of source) target.set(term, (target.get(term) ?? 0) + weight * scale);
  return target;
}
