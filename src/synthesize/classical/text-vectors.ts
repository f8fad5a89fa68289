/**
 * @module synthesize/classical/text-vectors
 * Bag-of-words TF-IDF vectors over a story's records, for centrality, redundancy and question matching.
 */

/** A sparse, L2-normalised term vector. */
export type TermVector = Map<string, number>;

/** Function words that carry no topic (a short English list; the corpus is English-first). */
const STOPWORDS = new Set(
  (
    'a an the and or but if so of to in on at by for with from into onto over under about as is are was were be been being ' +
    'it its this that these those there their they them he she his her we our us you your i me my mine not no nor do does did ' +
    'done have has had having will would can could should may might must shall than then too very just also only even more most ' +
    'what which who whom whose when where why how all any both each few other some such own same up out off down again once ' +
    'here now yet still ever get got one says said say'
  ).split(' '),
);

/** Lowercased content words with a light suffix strip ("hours" and "hour" meet; "testing" and "test"). */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words
    .map((word) => word.replace(/['’]s$/, ''))
    .filter((word) => !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .map(stem);
}

function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** Inverse document frequencies over a set of texts: ln((N + 1) / (df + 1)) + 1, smoothed so no term is zero. */
export function inverseDocumentFrequencies(texts: string[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(tokenize(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of documentFrequency) idf.set(term, Math.log((texts.length + 1) / (count + 1)) + 1);
  return idf;
}

/** The normalised TF-IDF vector of `text`; terms unseen in the corpus get the highest idf. */
export function vectorOf(text: string, idf: ReadonlyMap<string, number>, unseenIdf: number): TermVector {
  const counts = new Map<string, number>();
  for (const term of tokenize(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector: TermVector = new Map();
  for (const [term, count] of counts) vector.set(term, count * (idf.get(term) ?? unseenIdf));
  return normalise(vector);
}

/** The weighted sum of vectors, normalised: the story's centroid. */
export function centroidOf(vectors: Array<{ vector: TermVector; weight: number }>): TermVector {
  const sum: TermVector = new Map();
  for (const { vector, weight } of vectors) {
    for (const [term, value] of vector) sum.set(term, (sum.get(term) ?? 0) + value * weight);
  }
  return normalise(sum);
}

/** Cosine similarity of two normalised vectors, 0..1. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return dot;
}

function normalise(vector: TermVector): TermVector {
  const length = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  if (length === 0) return vector;
  // Sorted keys keep iteration, and so floating-point sums, identical from run to run.
  return new Map(
    [...vector.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([term, value]) => [term, value / length]),
  );
}
