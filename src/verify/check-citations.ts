/**
 * @module verify/check-citations
 * Layer `citations`: a sentence cites at least one record, and only records of its own story.
 */
import type { SentenceCheck } from './sentence-check.js';

/** Fails a sentence with no citation, a blank citation, or a citation to a record outside the story. */
export const checkCitations: SentenceCheck = {
  layer: 'citations',
  check(sentence, context) {
    if (sentence.citations.length === 0) return 'the sentence cites no record';
    for (const id of sentence.citations) {
      if (id.trim() === '') return 'the sentence has an empty citation';
      if (!context.storyRecords.has(id)) return `citation ${id} is not a record of this story`;
    }
    return null;
  },
};
