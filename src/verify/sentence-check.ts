/**
 * @module verify/sentence-check
 * The shape of one verification layer: a named check that passes a Sentence or says why it fails.
 */
import type { Sentence, SourceRecord } from '../model/index.js';
import type { DisputedFigure } from '../weigh/find-disputed-figures.js';
import { formatRecordDate } from '../synthesize/format-record-date.js';

/** What a check may look at besides the sentence itself. */
export interface CheckContext {
  /** The records of this story, by id. Citations outside it are invalid. */
  storyRecords: ReadonlyMap<string, SourceRecord>;
  /** Verbatim spans printed with the sentence but outside its text (a CommunityQuote's `quote`). */
  extraQuotes: readonly string[];
  /** Figures the story's records dispute, found once per story (see {@link storyFactsOf}). */
  disputes: readonly DisputedFigure[];
  /** Records of this story that try to instruct, with what was found: citing one fails the injection layer. */
  instructing: ReadonlyMap<string, string>;
}

/** One layer of verification. `check` returns null when the sentence passes, else the reason it fails. */
export interface SentenceCheck {
  readonly layer: string;
  check(sentence: Sentence, context: CheckContext): string | null;
}

/** The cited records that exist in this story, in citation order. */
export function citedRecords(sentence: Sentence, context: CheckContext): SourceRecord[] {
  return sentence.citations
    .map((id) => context.storyRecords.get(id))
    .filter((record): record is SourceRecord => record !== undefined);
}

/** The sentence without each cited record's publication date as the engine writes it ("9 November 2026"). */
export function withoutPublicationDates(text: string, records: readonly SourceRecord[]): string {
  let remaining = text;
  for (const record of records) {
    const date = formatRecordDate(record.publishedAt);
    if (date) remaining = remaining.split(date).join(' ');
  }
  return remaining;
}
