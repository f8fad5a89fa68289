/**
 * @module verify/verify-sentence
 * Runs the verification layers over one Sentence, in order, and reports the first failure.
 */
import type { Sentence, SourceRecord } from '../model/index.js';
import { checkCitations } from './check-citations.js';
import { checkNumbers } from './check-numbers.js';
import { checkQuotes } from './check-quotes.js';
import type { SentenceCheck } from './sentence-check.js';

/** Layer 1, cheapest first: citations gate the others, which read the cited records. */
export const LAYER_ONE_CHECKS: readonly SentenceCheck[] = [checkCitations, checkQuotes, checkNumbers];

/** Why a sentence was kept off the page. */
export interface SentenceFailure {
  layer: string;
  reason: string;
}

/**
 * The first failing layer's verdict, or null when every check passes. Later layers (claim support,
 * entailment) plug in by passing a longer `checks` list.
 */
export function verifySentence(
  sentence: Sentence,
  storyRecords: ReadonlyMap<string, SourceRecord>,
  extraQuotes: readonly string[] = [],
  checks: readonly SentenceCheck[] = LAYER_ONE_CHECKS,
): SentenceFailure | null {
  for (const check of checks) {
    const reason = check.check(sentence, { storyRecords, extraQuotes });
    if (reason !== null) return { layer: check.layer, reason };
  }
  return null;
}
