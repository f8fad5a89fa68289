/**
 * @module model/record-enrichment
 * What the enrich stage learns about one record, computed once at ingest and stored beside it, so a
 * build reads it instead of re-reading every text.
 */

/**
 * Bump whenever `enrichRecord` would produce different output for the same record (a tokenizer,
 * stop-word, sentence-splitting, quantity, date or language change). A stored enrichment with another
 * version is recomputed when read.
 */
export const RECORD_ENRICHMENT_VERSION = 1;

/** A figure with its unit, as `enrich/extract-quantities` gives it (see its `Quantity`). */
export interface EnrichedQuantity {
  raw: string;
  written: number;
  value: number;
  unit: string | null;
  scaled: boolean;
}

/**
 * A lower-cased term seen in the middle of a sentence: `[term, midSentence, capitalised]`, the times it
 * occurred there and how many of those were capitalised. Summed over a collection, they decide which
 * terms are names there (`findProperNouns`' rule) without the texts.
 */
export type EntityCandidate = [term: string, midSentence: number, capitalised: number];

/** One record's enrichment. Arrays keep first-occurrence order (jsonb keeps array order, not key order). */
export interface RecordEnrichment {
  /** {@link RECORD_ENRICHMENT_VERSION} when computed. */
  version: number;
  /** `recordDigest` of the title and text it was computed from: a record edited since no longer matches. */
  digest: string;
  /** ISO 639-1 code of en, es, fr, de, it, pt or nl when the text reads as one of them, else 'und'. */
  language: string;
  /** ISO 15924 code of the text's dominant script ('Latn', 'Cyrl', 'Hani', …), 'Zyyy' when it has no letters. */
  script: string;
  /** Sentences of the text (the title not counted); 0 for an empty text. */
  sentenceCount: number;
  /** `[term, count]` of the clustering terms (`cluster/vectorize-units` `termsOf`), first occurrence first. */
  terms: Array<[term: string, count: number]>;
  /** Every term seen mid-sentence in the title or text, first occurrence first. */
  entityCandidates: EntityCandidate[];
  /** Figures in the title and text, in order. */
  quantities: EnrichedQuantity[];
  /** Calendar dates mentioned in the title or text, `YYYY-MM-DD`, each once, first mention first. */
  dates: string[];
}
