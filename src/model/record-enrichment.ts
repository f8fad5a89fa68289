/**
 * @module model/record-enrichment
 * What the enrich stage learns about one record, computed once at ingest and stored beside it, so a
 * build reads it instead of re-reading every text.
 */

/**
 * Bump whenever `enrichRecord` would produce different output for the same record (a tokenizer,
 * stop-word, sentence-splitting, quantity, date, language or entity change). A stored enrichment with
 * another version is recomputed when read. 2: `entities` added (wink-nlp proper-noun phrases). 3: clock
 * times are one figure ("01:37", unit `clock`); a capitalised word wink tags otherwise joins the name next to it.
 */
export const RECORD_ENRICHMENT_VERSION = 3;

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

/** What a named entity is, as `enrich/build-gazetteer` decides from the records' evidence. */
export type EntityType = 'person' | 'organisation' | 'product' | 'place' | 'other';

/**
 * Context cues counted around one record's occurrences of a phrase, summed by the gazetteer over a
 * collection (the phrase's own shape, such as "Inc" or "X90", is read from the phrase, not counted).
 */
export interface EntityCues {
  /** Occurrences after an honorific or role ("Mr", "Governor", "actress"), or before an age (", 33,"). */
  person: number;
  /** Occurrences next to a speech verb ("said", "told"): people, but organisations speak too. */
  speech: number;
  /** Occurrences before "spokesman", "shares", "chief executive" and the like. */
  organisation: number;
  /** Occurrences right after "in", "from", "near" and the like. */
  place: number;
}

/** One proper-noun phrase of a record (`enrich/find-entities`), e.g. "Bank of England". */
export interface EntityMention {
  /** The phrase as first written in the record, words joined by single spaces. */
  text: string;
  /** Occurrences in the title and text. */
  count: number;
  /** Occurrences in the title. */
  inTitle: number;
  /** The type this record's evidence alone gives (see enrich/type-entity); the gazetteer retypes over a collection. */
  type: EntityType;
  cues: EntityCues;
}

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
  /** Proper-noun phrases of the title and text (wink-nlp POS tags), first occurrence first. */
  entities: EntityMention[];
  /** Figures in the title and text, in order. */
  quantities: EnrichedQuantity[];
  /** Calendar dates mentioned in the title or text, `YYYY-MM-DD`, each once, first mention first. */
  dates: string[];
}
