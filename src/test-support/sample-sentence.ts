/**
 * @module test-support/sample-sentence
 * Building blocks of the sample edition's stories: a cited sentence and the closing methodology statement.
 */
import type { Sentence, SourceRecord } from '../model/index.js';

/** A sentence whose citations are `records`, in order. */
export function cite(text: string, ...records: SourceRecord[]): Sentence {
  return { text, citations: records.map((record) => record.id) };
}

/** The last methodology statement of every sample story. */
export const CLOSING_STATEMENT = 'No human editorial judgment was applied.';
