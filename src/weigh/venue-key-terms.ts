/**
 * @module weigh/venue-key-terms
 * Each venue's key terms within a story, the evidence two venues corroborate each other on.
 */
import type { SourceRecord } from '../model/index.js';
import { addInto, buildTfidf, normalize, type SparseVector } from '../enrich/tfidf.js';
import { termsOf, type FeaturesOf } from '../cluster/vectorize-units.js';
import { termsFromCounts } from '../enrich/terms-from-counts.js';
import type { Venue } from './group-by-venue.js';

/** Key terms per venue: its top TF-IDF terms within the story. */
export const KEY_TERMS_PER_VENUE = 10;

/** Each venue's top TF-IDF terms over its original records (all records when it has only copies). */
export function keyTermsOf(
  venues: Venue[],
  copies: ReadonlyMap<string, string>,
  featuresOf: FeaturesOf | undefined,
): Map<string, Set<string>> {
  const records = venues.flatMap((venue) => venue.records);
  const termsOfRecord = (record: SourceRecord) => {
    const stored = featuresOf?.(record);
    return stored ? termsFromCounts(stored.terms) : termsOf(record);
  };
  const { vectors } = buildTfidf(records.map(termsOfRecord));
  const vectorOf = new Map(records.map((record, index) => [record.id, vectors[index]!]));
  const result = new Map<string, Set<string>>();
  for (const venue of venues) {
    const originals = venue.records.filter((record) => !copies.has(record.id));
    const sum: SparseVector = new Map();
    for (const record of originals.length > 0 ? originals : venue.records) addInto(sum, vectorOf.get(record.id)!);
    const top = [...normalize(sum)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_TERMS_PER_VENUE);
    result.set(venue.name, new Set(top.map(([term]) => term)));
  }
  return result;
}
