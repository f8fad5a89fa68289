/**
 * @module verify/check-numbers
 * Layer `numbers`: every figure in a sentence occurs in a cited record; dates written from a cited
 * record's publication time count as present.
 */
import type { SourceRecord } from '../model/index.js';
import { formatRecordDate } from '../synthesize/format-record-date.js';
import { extractNumbers } from './extract-numbers.js';
import { citedRecords, type SentenceCheck } from './sentence-check.js';

/** The figures a record states: its title, text, venue and author (a venue like "r/3dprinting" may be named). */
function figuresOf(record: SourceRecord): { values: Set<string>; percents: Set<string> } {
  const haystack = [record.title, record.text, record.venue, record.author].filter(Boolean).join('\n');
  const mentions = extractNumbers(haystack);
  return {
    values: new Set(mentions.map((mention) => mention.value)),
    percents: new Set(mentions.filter((mention) => mention.percent).map((mention) => mention.value)),
  };
}

/** Removes each cited record's publication date, as the engine writes it, from the sentence. */
function withoutPublicationDates(text: string, records: SourceRecord[]): string {
  let remaining = text;
  for (const record of records) {
    const date = formatRecordDate(record.publishedAt);
    if (date) remaining = remaining.split(date).join(' ');
  }
  return remaining;
}

/**
 * Fails a sentence with a figure no cited record states. A percentage must be a percentage in the
 * record ("31%" matches "31 percent"); other figures match by value ("2,400" matches "2400").
 */
export const checkNumbers: SentenceCheck = {
  layer: 'numbers',
  check(sentence, context) {
    const records = citedRecords(sentence, context);
    const figures = records.map(figuresOf);
    for (const mention of extractNumbers(withoutPublicationDates(sentence.text, records))) {
      const found = figures.some((figure) => (mention.percent ? figure.percents : figure.values).has(mention.value));
      if (!found) return `the figure "${mention.raw.trim()}" does not occur in any cited record`;
    }
    return null;
  },
};
