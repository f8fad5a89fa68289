/**
 * @module verify/verify-story
 * Verification, every layer, over a whole draft: drops every failing sentence and repairs what they leave.
 */
import type { Sentence, SourceRecord } from '../model/index.js';
import type { StoryDraftWithAlternatives } from '../synthesize/draft-alternatives.js';
import type { StoryDraft } from '../synthesize/editorial-model.js';
import type { SentenceCheck } from './sentence-check.js';
import { locationKey, sentencesOfDraft } from './sentences-of-draft.js';
import { ALL_CHECKS, storyFactsOf, verifySentence, type StoryFacts } from './verify-sentence.js';

/** A sentence the verifier kept off the page, with the layer that failed it. */
export interface VerifierDrop {
  text: string;
  citations: string[];
  layer: string;
  reason: string;
}

/**
 * Steps: (1) check every sentence of the draft; (2) drop failing section sentences, quotes, story-so-far
 * sentences and FAQ answers, then empty sections and FAQ items with no surviving answer (or a failing
 * question); (3) replace a failing headline or dek with the draft's first passing alternative, else
 * with a passing section sentence. The returned draft carries no alternatives.
 */
export function verifyStory(
  draft: StoryDraft | StoryDraftWithAlternatives,
  storyRecords: ReadonlyMap<string, SourceRecord>,
  checks: readonly SentenceCheck[] = ALL_CHECKS,
  facts: StoryFacts = storyFactsOf(storyRecords),
): { draft: StoryDraft; drops: VerifierDrop[] } {
  const drops: VerifierDrop[] = [];
  const failed = new Set<string>();
  for (const { location, sentence, extraQuotes } of sentencesOfDraft(draft)) {
    const failure = verifySentence(sentence, storyRecords, extraQuotes, checks, facts);
    if (failure === null) continue;
    failed.add(locationKey(location));
    drops.push({ text: sentence.text, citations: [...sentence.citations], ...failure });
  }
  const passes = (key: string) => !failed.has(key);

  const sections = draft.sections
    .map((section, sectionIndex) => ({
      title: section.title,
      sentences: section.sentences.filter((_, index) => passes(`section:${sectionIndex}:${index}`)),
    }))
    .filter((section) => section.sentences.length > 0);
  const quotes = draft.quotes.filter((_, index) => passes(`quote:${index}`));
  const storySoFar = draft.storySoFar.filter((_, index) => passes(`story-so-far:${index}`));
  const faq = draft.faq
    .map((item, itemIndex) => ({
      ...item,
      answer: item.answer.filter((_, index) => passes(`faq-answer:${itemIndex}:${index}`)),
    }))
    .filter((item, itemIndex) => passes(`faq-question:${itemIndex}`) && item.answer.length > 0);

  const alternatives = 'alternatives' in draft ? draft.alternatives : undefined;
  const sectionSentences = sections.flatMap((section) => section.sentences);
  const passing = (sentence: Sentence) => verifySentence(sentence, storyRecords, [], checks, facts) === null;
  const headline = passes('headline')
    ? draft.headline
    : (alternatives?.headline.find(passing) ?? sectionSentences[0] ?? emptySentence());
  const dek = passes('dek')
    ? draft.dek
    : (alternatives?.dek.find(passing) ??
      sectionSentences.find((sentence) => sentence !== headline) ??
      sectionSentences[0] ??
      emptySentence());

  return { draft: { headline, dek, sections, quotes, storySoFar, faq }, drops };
}

/** Only when nothing at all survives; the pipeline publishes no story without sections. */
function emptySentence(): Sentence {
  return { text: '', citations: [] };
}
