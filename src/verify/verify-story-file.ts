/**
 * @module verify/verify-story-file
 * Checks a story as written to disk (the shape `build --out` writes, perhaps edited by hand) against
 * the records it names: every sentence's verdict, with the layer and reason of each failure.
 */
import { z } from 'zod';
import type { SourceRecord } from '../model/index.js';
import { locationKey, sentencesOfDraft } from './sentences-of-draft.js';
import { storyFactsOf, verifySentence } from './verify-sentence.js';

const sentenceSchema = z.object({ text: z.string(), citations: z.array(z.string()) });
/** The parts of a story file the verifier reads; anything else in the file is ignored. */
export const storyFileSchema = z.object({
  id: z.string(),
  recordIds: z.array(z.string()),
  headline: sentenceSchema,
  dek: sentenceSchema,
  sections: z.array(z.object({ title: z.string(), sentences: z.array(sentenceSchema) })),
  /** `text` is the verbatim quote, `sentence` the attributed line printed (publish/export/story-document). */
  quotes: z
    .array(z.object({ sentence: sentenceSchema, text: z.string(), community: z.string(), platform: z.string() }))
    .default([]),
  storySoFar: z.array(sentenceSchema).default([]),
  faq: z
    .array(z.object({ question: z.string(), askedIn: z.array(z.string()), answer: z.array(sentenceSchema) }))
    .default([]),
});
export type StoryFile = z.infer<typeof storyFileSchema>;

/** One sentence's verdict. `where` is e.g. `headline`, `section:2:1`, `faq-answer:0:0`. */
export interface SentenceVerdict {
  where: string;
  text: string;
  citations: string[];
  passed: boolean;
  layer: string | null;
  reason: string | null;
}

/**
 * Verdicts for every sentence of `story`, in reading order, against `records` (the stored records the
 * story names; ids it names that are not stored cannot be cited).
 */
export function verifyStoryFile(story: StoryFile, records: readonly SourceRecord[]): SentenceVerdict[] {
  const own = new Set(story.recordIds);
  const storyRecords = new Map(records.filter((record) => own.has(record.id)).map((record) => [record.id, record]));
  const facts = storyFactsOf(storyRecords);
  // The file's quotes carry a platform string; the verifier reads only the sentence and the quote.
  const quotes = story.quotes.map((quote) => ({
    sentence: quote.sentence,
    quote: quote.text,
    attribution: quote.community,
    platform: quote.platform as SourceRecord['platform'],
  }));
  const draft = { ...story, quotes };
  return sentencesOfDraft(draft).map(({ location, sentence, extraQuotes }) => {
    const failure = verifySentence(sentence, storyRecords, extraQuotes, undefined, facts);
    return {
      where: locationKey(location),
      text: sentence.text,
      citations: [...sentence.citations],
      passed: failure === null,
      layer: failure?.layer ?? null,
      reason: failure?.reason ?? null,
    };
  });
}
