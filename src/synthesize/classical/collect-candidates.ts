/**
 * @module synthesize/classical/collect-candidates
 * Every usable sentence of a story's records, scored by centrality, information and source weight.
 */
import type { SourceRecord } from '../../model/index.js';
import type { EditorialInput } from '../editorial-model.js';
import { hasInjection } from '../../enrich/find-injections.js';
import { splitSentences } from '../../enrich/split-sentences.js';
import { stripDateline } from './strip-dateline.js';
import {
  centroidOf,
  cosine,
  inverseDocumentFrequencies,
  unseenIdfOf,
  vectorOf,
  type TermVector,
} from './text-vectors.js';

/** One sentence of one record, as the engine may quote or frame it. */
export interface Candidate {
  /** `<recordId>#<index>`: unique and stable. */
  key: string;
  record: SourceRecord;
  /** The sentence exactly as the record has it. */
  text: string;
  /** Position in the record (0 = first sentence of the text). */
  index: number;
  vector: TermVector;
  isQuestion: boolean;
  wordCount: number;
  centrality: number;
  information: number;
  weight: number;
  /** The combined score, 0..1. */
  score: number;
}

/** Scoring weights: centrality leads (the story's topic), then the source's weight, then information. */
export const SCORE_WEIGHTS = { centrality: 0.5, weight: 0.3, information: 0.2 } as const;
/** Subtracted from sentences opening with a pronoun that points back ("That is…"): out of context they say little. */
export const ANAPHORA_PENALTY = 0.15;
/** Sentences with fewer words of letters say too little to stand alone; longer ones are run-ons in cleaned text. */
export const MIN_SENTENCE_WORDS = 5;
export const MAX_SENTENCE_WORDS = 55;

/** Sentences, the story centroid and the term statistics the rest of the engine reads. */
export interface CandidatePool {
  candidates: Candidate[];
  centroid: TermVector;
  idf: ReadonlyMap<string, number>;
  unseenIdf: number;
}

/**
 * Splits each record's text into sentences and scores them. Titles are not candidates (they are not
 * sentences), and sentences with unpaired quotation marks or links are left out because they cannot
 * be quoted safely.
 */
export function collectCandidates(input: EditorialInput): CandidatePool {
  const idf = inverseDocumentFrequencies(input.records.map(fullText));
  const unseenIdf = unseenIdfOf(input.records.length);
  const weightOf = venueWeights(input);
  const centroid = centroidOf(
    input.records.map((record) => ({ vector: vectorOf(fullText(record), idf, unseenIdf), weight: weightOf(record) })),
  );
  const candidates: Candidate[] = [];
  for (const record of input.records) {
    splitSentences(record.text).forEach((sentence, index) => {
      const text = stripDateline(sentence);
      const wordCount = text.split(/\s+/).length;
      // Count words with letters: "Fork in 3, 2, 1..." has five tokens but says nothing a sentence can carry.
      const letterWords = text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length;
      // A sentence that instructs rather than informs is never material, quoted or framed.
      if (letterWords < MIN_SENTENCE_WORDS || wordCount > MAX_SENTENCE_WORDS || !isQuotable(text) || hasInjection(text))
        return;
      const vector = vectorOf(text, idf, unseenIdf);
      const centrality = cosine(vector, centroid);
      const information = informationOf(text);
      const weight = weightOf(record);
      candidates.push({
        key: `${record.id}#${index}`,
        record,
        text,
        index,
        vector,
        wordCount,
        isQuestion: /\?["'”’)]*$/.test(text),
        centrality,
        information,
        weight,
        score:
          SCORE_WEIGHTS.centrality * centrality +
          SCORE_WEIGHTS.weight * weight +
          SCORE_WEIGHTS.information * information -
          (/^(This|That|These|Those|It|They|He|She)\b/.test(text) ? ANAPHORA_PENALTY : 0),
      });
    });
  }
  return { candidates, centroid, idf, unseenIdf };
}

/** A record's title and text, as one string for term statistics. */
export function fullText(record: SourceRecord): string {
  return `${record.title ?? ''}\n\n${record.text}`;
}

/** Each record's venue weight, scaled so the heaviest venue is 1; a venue without a weight counts 0.5. */
function venueWeights(input: EditorialInput): (record: SourceRecord) => number {
  const max = Math.max(0, ...input.weights.map((weight) => weight.weight));
  const byVenue = new Map(input.weights.map((weight) => [weight.venue, max > 0 ? weight.weight / max : 0]));
  return (record) => byVenue.get(record.venue ?? record.platform) ?? 0.5;
}

/** Figures and names make a sentence informative: 0.25 per figure, 0.1 per capitalised word after the first, capped at 1. */
function informationOf(text: string): number {
  const figures = (text.match(/\d+(?:[.,]\d+)*/g) ?? []).length;
  const names = (text.match(/(?<=\s)\p{Lu}[\p{L}\p{N}]+/gu) ?? []).length;
  return Math.min(1, 0.25 * figures + 0.1 * names);
}

function isQuotable(text: string): boolean {
  const doubleQuotes = (text.match(/["“”]/g) ?? []).length;
  return doubleQuotes % 2 === 0 && !/https?:\/\//.test(text) && /\p{L}/u.test(text) && !/:$/.test(text);
}
