/**
 * @module enrich/terms-of
 * The terms a record is compared by: what TF-IDF clustering and source weighing count.
 */
import type { SourceRecord } from '../model/index.js';
import { tokenize } from './tokenize.js';
import { isStopWord } from './stop-words.js';

/** Title and text as one string, the title its own paragraph: what terms and names are read from. */
export function titledText(record: Pick<SourceRecord, 'title' | 'text'>): string {
  return record.title ? `${record.title}\n\n${record.text}` : record.text;
}

/** A record's terms: title and text, lower-cased, stop words and lone letters removed, numbers kept. */
export function termsOf(record: Pick<SourceRecord, 'title' | 'text'>): string[] {
  return tokenize(titledText(record)).filter(
    (token) => !isStopWord(token) && (token.length > 1 || /\p{N}/u.test(token)),
  );
}
