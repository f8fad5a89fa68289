/**
 * @module enrich/terms-from-counts
 * A record's terms back from its stored term counts (RecordEnrichment.terms), for stages that count terms.
 */
import type { RecordEnrichment } from '../model/index.js';

/**
 * Each term repeated as often as counted, in the counts' order (first occurrence first): a list that
 * buildTfidf counts exactly as it counts `termsOf(record)`, down to the order its vector holds the terms.
 */
export function termsFromCounts(counts: RecordEnrichment['terms']): string[] {
  const terms: string[] = [];
  for (const [term, count] of counts) for (let repeat = 0; repeat < count; repeat += 1) terms.push(term);
  return terms;
}
