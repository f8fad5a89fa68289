/**
 * @module synthesize/classical/text-vectors
 * Bag-of-words TF-IDF vectors over a story's records, for centrality, redundancy and question matching,
 * on enrich's tokenizer, stop words, idf and vector arithmetic.
 */
import { SHORT_ENGLISH_STOP_WORDS } from '../../enrich/stop-words.js';
import { addInto, dot, normalize, smoothedIdf, type SparseVector } from '../../enrich/tfidf.js';
import { HYPHENATED_WORD_PATTERN, tokenize } from '../../enrich/tokenize.js';

/** A sparse, L2-normalised term vector, its terms in code-unit order. */
export type TermVector = SparseVector;

/**
 * Lowercased content words with a light suffix strip ("hours" and "hour" meet; "testing" and "test"):
 * hyphenated words kept whole, no spelling folds, the short stop-word list, lone letters dropped.
 */
function termsOf(text: string): string[] {
  return tokenize(text, { pattern: HYPHENATED_WORD_PATTERN, fold: false })
    .filter((word) => !SHORT_ENGLISH_STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .map(stem);
}

function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** The idf of every term of a set of texts ({@link smoothedIdf}: no term weighs zero). */
export function inverseDocumentFrequencies(texts: string[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(termsOf(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of documentFrequency) idf.set(term, smoothedIdf(texts.length, count));
  return idf;
}

/** The idf a term none of `documentCount` texts holds: the highest there is. */
export function unseenIdfOf(documentCount: number): number {
  return smoothedIdf(documentCount, 0);
}

/** The normalised TF-IDF vector of `text` (raw counts as tf); terms unseen in the corpus get `unseenIdf`. */
export function vectorOf(text: string, idf: ReadonlyMap<string, number>, unseenIdf: number): TermVector {
  const counts = new Map<string, number>();
  for (const term of termsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector: TermVector = new Map();
  for (const [term, count] of counts) vector.set(term, count * (idf.get(term) ?? unseenIdf));
  return unitVector(vector);
}

/** The weighted sum of vectors, normalised: the story's centroid. */
export function centroidOf(vectors: Array<{ vector: TermVector; weight: number }>): TermVector {
  const sum: TermVector = new Map();
  for (const { vector, weight } of vectors) addInto(sum, vector, weight);
  return unitVector(sum);
}

/** Cosine similarity of two normalised vectors, 0..1: their dot product. */
export function cosine(a: TermVector, b: TermVector): number {
  return dot(a, b);
}

/** The vector at unit length, its terms sorted; a zero vector is returned as it is. */
function unitVector(vector: TermVector): TermVector {
  const unit = normalize(vector);
  if (unit.size === 0) return vector;
  // Sorted keys keep iteration, and so floating-point sums, identical from run to run.
  return new Map([...unit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
