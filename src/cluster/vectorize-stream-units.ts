/**
 * @module cluster/vectorize-stream-units
 * A batch's thread units as vectors against the stream's stored document frequencies, so a new
 * record is weighed as it would be in the whole collection without reading the collection again.
 */
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import { properNounsFrom } from '../enrich/find-proper-nouns.js';
import { addInto, normalize, smoothedIdf, type SparseVector } from '../enrich/tfidf.js';
import type { TermDocuments } from '../store/story-state.js';
import type { ThreadUnit } from './group-threads.js';
import { REPLY_WEIGHT } from './vectorize-units.js';

/** A unit's vectors: all terms, and the same without the batch's proper nouns. */
export interface StreamUnitVectors {
  full: SparseVector;
  content: SparseVector;
}

/**
 * One vector pair per unit, as cluster/vectorize-units makes them (sublinear tf × smoothed idf,
 * terms in fewer than `minDocumentFrequency` documents left out, a unit its root plus
 * {@link REPLY_WEIGHT} × its replies' normalised sum), but with the idf of the stored `frequencies`.
 * Each record's terms come from its enrichment.
 */
export function vectorizeStreamUnits(
  units: readonly ThreadUnit[],
  enrichments: ReadonlyMap<string, RecordEnrichment>,
  frequencies: TermDocuments,
  minDocumentFrequency: number,
): StreamUnitVectors[] {
  const vectorOf = (record: SourceRecord): SparseVector => {
    const vector: SparseVector = new Map();
    for (const [term, count] of enrichments.get(record.id)?.terms ?? []) {
      const documents = frequencies.frequencies.get(term) ?? 0;
      if (documents < minDocumentFrequency) continue;
      vector.set(term, (1 + Math.log(count)) * smoothedIdf(frequencies.documents, documents));
    }
    return normalize(vector);
  };
  const records = units.flatMap((unit) => (unit.root ? [unit.root, ...unit.replies] : unit.replies));
  const properNouns = properNounsFrom(records.map((record) => enrichments.get(record.id)?.entityCandidates ?? []));
  return units.map((unit) => {
    const replies: SparseVector = new Map();
    for (const reply of unit.replies) addInto(replies, vectorOf(reply));
    const full = unit.root
      ? normalize(addInto(vectorOf(unit.root), normalize(replies), unit.replies.length > 0 ? REPLY_WEIGHT : 0))
      : normalize(replies);
    const content = normalize(new Map([...full].filter(([term]) => !properNouns.has(term))));
    return { full, content };
  });
}
