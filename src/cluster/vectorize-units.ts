/**
 * @module cluster/vectorize-units
 * Turns thread units into TF-IDF vectors: the root's words first, the replies' with less weight.
 */
import type { SourceRecord } from '../model/index.js';
import { tokenize } from '../enrich/tokenize.js';
import { isStopWord } from '../enrich/stop-words.js';
import { addInto, buildTfidf, normalize, type SparseVector, type TfidfOptions } from '../enrich/tfidf.js';
import { findProperNouns } from '../enrich/find-proper-nouns.js';
import type { ThreadUnit } from './group-threads.js';

/**
 * How much the replies of a thread count against its root: the replies' normalised mean is added at
 * half the root's weight, so a long comment section adds context without drowning the article.
 */
export const REPLY_WEIGHT = 0.5;

/** The vectors of each unit, in the order given. */
export interface UnitVectors {
  /** All terms: the similarity that clusters. */
  full: SparseVector[];
  /** The same without proper nouns: what the units say, not whom they name. */
  content: SparseVector[];
  /** Terms judged to be names in this collection (see findProperNouns). */
  properNouns: Set<string>;
}

/** A record's terms: title and text, lower-cased, stop words and lone letters removed, numbers kept. */
export function termsOf(record: SourceRecord): string[] {
  const text = record.title ? `${record.title}\n\n${record.text}` : record.text;
  return tokenize(text).filter((token) => !isStopWord(token) && (token.length > 1 || /\p{N}/u.test(token)));
}

/**
 * One TF-IDF vector per unit (`options` as {@link buildTfidf}). Every record is one document for the idf; a unit's vector is its
 * root's vector plus {@link REPLY_WEIGHT} × the normalised sum of its replies' vectors, normalised.
 * A unit whose root is absent is the normalised sum of its records.
 */
export function vectorizeUnits(units: readonly ThreadUnit[], options: TfidfOptions = {}): UnitVectors {
  const records = units.flatMap((unit) => (unit.root ? [unit.root, ...unit.replies] : unit.replies));
  const { vectors } = buildTfidf(lazily(records, termsOf), options);
  const vectorOf = new Map(records.map((record, index) => [record.id, vectors[index]!]));
  const properNouns = findProperNouns(records.map((record) => (record.title ? `${record.title}\n\n${record.text}` : record.text)));
  const full = units.map((unit) => {
    const replies: SparseVector = new Map();
    for (const reply of unit.replies) addInto(replies, vectorOf.get(reply.id)!);
    if (!unit.root) return normalize(replies);
    if (unit.replies.length === 0) return vectorOf.get(unit.root.id)!; // Already unit length; no copy.
    return normalize(addInto(new Map(vectorOf.get(unit.root.id)!), normalize(replies), REPLY_WEIGHT));
  });
  const content = full.map((vector) => normalize(new Map([...vector].filter(([term]) => !properNouns.has(term)))));
  return { full, content, properNouns };
}

/** `map` applied one item at a time, so each result can be dropped once consumed. */
function* lazily<T, R>(items: readonly T[], map: (item: T) => R): Generator<R> {
  for (const item of items) yield map(item);
}
