/**
 * @module cluster/vectorize-units
 * Turns thread units into TF-IDF vectors: the root's words first, the replies' with less weight.
 */
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import { termsOf, titledText } from '../enrich/terms-of.js';
import { addInto, buildTfidf, normalize, type SparseVector, type TfidfOptions } from '../enrich/tfidf.js';
import { findProperNouns, nameEvidenceOf, properNounsFrom } from '../enrich/find-proper-nouns.js';
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

/** Re-exported: it lives in enrich/ now, so a record's stored enrichment counts the very same terms. */
export { termsOf };

/**
 * What vectorising reads of a record, when it has been computed before (the stored enrichment, see
 * enrich/enrich-record): its term counts and its name evidence. A record it has none for is read afresh.
 */
export type RecordFeatures = Pick<RecordEnrichment, 'terms' | 'entityCandidates'>;
/** A record's stored features, or undefined to tokenise its text as usual. */
export type FeaturesOf = (record: SourceRecord) => RecordFeatures | undefined;

/** Options of {@link vectorizeUnits}: those of {@link buildTfidf}, and stored features to use. */
export interface VectorizeOptions extends TfidfOptions {
  featuresOf?: FeaturesOf;
}

/**
 * One TF-IDF vector per unit (`options` as {@link buildTfidf}). With `featuresOf`, a record's stored
 * term counts and name evidence stand in for its text; the vectors and names are the same either way,
 * since the counts keep the terms' first-occurrence order. Every record is one document for the idf;
 * a unit's vector is its root's vector plus {@link REPLY_WEIGHT} × the normalised sum of its replies' vectors, normalised.
 * A unit whose root is absent is the normalised sum of its records.
 */
export function vectorizeUnits(units: readonly ThreadUnit[], options: VectorizeOptions = {}): UnitVectors {
  const { featuresOf, ...tfidfOptions } = options;
  const records = units.flatMap((unit) => (unit.root ? [unit.root, ...unit.replies] : unit.replies));
  const { vectors } = buildTfidf(
    lazily(records, (record) => tokensOf(record, featuresOf?.(record))),
    tfidfOptions,
  );
  const vectorOf = new Map(records.map((record, index) => [record.id, vectors[index]!]));
  const properNouns = featuresOf
    ? properNounsFrom(
        lazily(records, (record) => featuresOf(record)?.entityCandidates ?? nameEvidenceOf(titledText(record))),
      )
    : findProperNouns(records.map(titledText));
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

/** The record's terms, each repeated as often as counted, in first-occurrence order: what buildTfidf counts. */
function tokensOf(record: SourceRecord, features: RecordFeatures | undefined): readonly string[] {
  if (!features) return termsOf(record);
  const tokens: string[] = [];
  for (const [term, count] of features.terms) for (let repeat = 0; repeat < count; repeat += 1) tokens.push(term);
  return tokens;
}

/** `map` applied one item at a time, so each result can be dropped once consumed. */
function* lazily<T, R>(items: readonly T[], map: (item: T) => R): Generator<R> {
  for (const item of items) yield map(item);
}
