/**
 * @module verify/sentences-of-draft
 * Lists every cited statement of a draft with where it sits, so each can be checked and dropped alone.
 */
import type { Sentence } from '../model/index.js';
import type { StoryDraft } from '../synthesize/editorial-model.js';

/** Where a sentence sits in a draft. `faq-question` is the question, checked against where it was asked. */
export type SentenceLocation =
  | { part: 'headline' }
  | { part: 'dek' }
  | { part: 'section'; section: number; index: number }
  | { part: 'quote'; index: number }
  | { part: 'story-so-far'; index: number }
  | { part: 'faq-question'; item: number }
  | { part: 'faq-answer'; item: number; index: number };

/** One statement of a draft: the sentence, its place, and any verbatim quote printed with it. */
export interface LocatedSentence {
  location: SentenceLocation;
  sentence: Sentence;
  extraQuotes: string[];
}

/** Every statement in reading order: headline, dek, sections, quotes, story so far, FAQ. */
export function sentencesOfDraft(draft: StoryDraft): LocatedSentence[] {
  const located: LocatedSentence[] = [
    { location: { part: 'headline' }, sentence: draft.headline, extraQuotes: [] },
    { location: { part: 'dek' }, sentence: draft.dek, extraQuotes: [] },
  ];
  draft.sections.forEach((section, sectionIndex) => {
    section.sentences.forEach((sentence, index) => {
      located.push({ location: { part: 'section', section: sectionIndex, index }, sentence, extraQuotes: [] });
    });
  });
  draft.quotes.forEach((quote, index) => {
    located.push({ location: { part: 'quote', index }, sentence: quote.sentence, extraQuotes: [quote.quote] });
  });
  draft.storySoFar.forEach((sentence, index) => {
    located.push({ location: { part: 'story-so-far', index }, sentence, extraQuotes: [] });
  });
  draft.faq.forEach((item, itemIndex) => {
    located.push({
      location: { part: 'faq-question', item: itemIndex },
      sentence: { text: item.question, citations: item.askedIn },
      extraQuotes: [item.question],
    });
    item.answer.forEach((sentence, index) => {
      located.push({ location: { part: 'faq-answer', item: itemIndex, index }, sentence, extraQuotes: [] });
    });
  });
  return located;
}

/** A stable key for a location, e.g. `section:2:1`. */
export function locationKey(location: SentenceLocation): string {
  return Object.values(location).join(':');
}
