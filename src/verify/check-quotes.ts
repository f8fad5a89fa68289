/**
 * @module verify/check-quotes
 * Layer `quotes`: every quoted span occurs verbatim in at least one cited record.
 */
import type { SourceRecord } from '../model/index.js';
import { normalizeForMatch } from './normalize-text.js';
import { citedRecords, type SentenceCheck } from './sentence-check.js';

/** Straight and curly double quotation marks; single marks are apostrophes too often to pair. */
const DOUBLE_QUOTE = /["\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;

/**
 * The spans between double quotation marks, paired in order. Returns null when the marks do not pair
 * (an odd count), since then no span can be checked.
 */
export function quotedSpans(text: string): string[] | null {
  const positions = [...text.matchAll(DOUBLE_QUOTE)].map((match) => match.index);
  if (positions.length % 2 !== 0) return null;
  const spans: string[] = [];
  for (let index = 0; index < positions.length; index += 2) {
    spans.push(text.slice(positions[index]! + 1, positions[index + 1]!));
  }
  return spans;
}

/** Whether `span` occurs in the record's title or text, ignoring whitespace and quote-mark style. */
export function recordContainsVerbatim(record: SourceRecord, span: string): boolean {
  const needle = normalizeForMatch(span);
  if (needle === '') return true;
  return normalizeForMatch(record.text).includes(needle) || normalizeForMatch(record.title ?? '').includes(needle);
}

/** Fails a sentence whose quoted spans (or whose attached quote) no cited record contains verbatim. */
export const checkQuotes: SentenceCheck = {
  layer: 'quotes',
  check(sentence, context) {
    const spans = quotedSpans(sentence.text);
    if (spans === null) return 'the sentence has unpaired quotation marks';
    const records = citedRecords(sentence, context);
    for (const span of [...spans, ...context.extraQuotes]) {
      if (!records.some((record) => recordContainsVerbatim(record, span))) {
        return `the quotation "${span.trim()}" does not occur in any cited record`;
      }
    }
    return null;
  },
};
