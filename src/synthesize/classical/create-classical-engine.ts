/**
 * @module synthesize/classical/create-classical-engine
 * The default EditorialModel: deterministic, extractive with attribution, no model and no network.
 */
import type { EditorialInput, EditorialModel } from '../editorial-model.js';
import type { StoryDraftWithAlternatives } from '../draft-alternatives.js';
import { analyseStory, type ClassicalThresholds } from './story-context.js';
import { dekCandidates, headlineCandidates } from './write-headline.js';
import { writeFaq } from './write-faq.js';
import { writeQuotes } from './write-quotes.js';
import { writeSections } from './write-sections.js';
import { writeStorySoFar } from './write-story-so-far.js';

/** Version of the classical engine's output; bump when the same input would be written differently. */
export const CLASSICAL_ENGINE_VERSION = '1.0.0';

/**
 * Defaults. faqAnswerSimilarity 0.2: on the hand-written fixtures, answers score 0.25–0.5 and unrelated
 * sentences under 0.15. A dispute needs two records between its values. Six sentences per section
 * and three FAQ items follow the reference page.
 */
export const DEFAULT_CLASSICAL_THRESHOLDS: ClassicalThresholds = {
  faqAnswerSimilarity: 0.2,
  disputeMinRecords: 2,
  maxSectionSentences: 6,
  maxFaqItems: 3,
};

/** The classical engine, with its thresholds exposed for the Methodology. */
export interface ClassicalEngine extends EditorialModel {
  readonly thresholds: Record<string, number> & ClassicalThresholds;
  writeStory(input: EditorialInput): Promise<StoryDraftWithAlternatives>;
}

/**
 * Creates the engine. Steps per story: (1) split and score every sentence; (2) pick the pull quotes;
 * (3) write the FAQ, noting unanswered questions; (4) write the sections; (5) the story so far;
 * (6) rank headline and dek candidates, keeping the runners-up as alternatives for the verifier.
 */
export function createClassicalEngine(options: { thresholds?: Partial<ClassicalThresholds> } = {}): ClassicalEngine {
  const thresholds = { ...DEFAULT_CLASSICAL_THRESHOLDS, ...options.thresholds };
  return {
    name: 'classical',
    version: CLASSICAL_ENGINE_VERSION,
    thresholds,
    async writeStory(input) {
      const context = analyseStory(input, thresholds);
      const quotes = writeQuotes(context);
      const { faq, openQuestions } = writeFaq(context);
      const sections = writeSections(context, openQuestions);
      const storySoFar = writeStorySoFar(context);
      const [headline, ...headlineAlternatives] = headlineCandidates(context);
      const [dek, ...dekAlternatives] = dekCandidates(context);
      const fallback = sections[0]?.sentences[0] ?? { text: '', citations: [] };
      return {
        headline: headline ?? fallback,
        dek: dek ?? fallback,
        sections,
        quotes,
        storySoFar,
        faq,
        alternatives: { headline: headlineAlternatives, dek: dekAlternatives },
      };
    },
  };
}
