/**
 * @module verify/verify-sentence
 * Runs the verification layers over one Sentence, in order, and reports the first failure.
 */
import { recordTime, type Sentence, type SourceRecord } from '../model/index.js';
import { findInjectionsInRecords } from '../enrich/find-injections.js';
import { findDisputedFigures, type DisputedFigure } from '../weigh/find-disputed-figures.js';
import { checkAttribution } from './check-attribution.js';
import { checkCitations } from './check-citations.js';
import { checkConsistency } from './check-consistency.js';
import { checkEntities } from './check-entities.js';
import { checkInjection } from './check-injection.js';
import { checkNumbers } from './check-numbers.js';
import { checkQuotes } from './check-quotes.js';
import { checkSupport } from './check-support.js';
import type { SentenceCheck } from './sentence-check.js';

/**
 * Every layer, in order: (1) citations, (2) verbatim quotes, (3) figures with units, (4) names,
 * (5) support, (6) attribution, (7) consistency with disputed figures, then (8) injection: nothing
 * a source tried to instruct is repeated, and no link the cited records lack. Cheapest and most certain first.
 */
export const ALL_CHECKS: readonly SentenceCheck[] = [
  checkCitations,
  checkQuotes,
  checkNumbers,
  checkEntities,
  checkSupport,
  checkAttribution,
  checkConsistency,
  checkInjection,
];

/** The layer names, in order, for reports. */
export const LAYER_NAMES: readonly string[] = ALL_CHECKS.map((check) => check.layer);

/** Why a sentence was kept off the page. */
export interface SentenceFailure {
  layer: string;
  reason: string;
}

/** What the layers know about a story as a whole, computed once per story. */
export interface StoryFacts {
  disputes: readonly DisputedFigure[];
  /** Records that try to instruct (alone or split with a neighbour), by id: never citable. */
  instructing: ReadonlyMap<string, string>;
}

/** The story-level facts the layers read: its disputed figures and its records that try to instruct. */
export function storyFactsOf(storyRecords: ReadonlyMap<string, SourceRecord>): StoryFacts {
  const records = [...storyRecords.values()].sort(
    (a, b) => recordTime(a).localeCompare(recordTime(b)) || a.id.localeCompare(b.id),
  );
  const instructing = new Map<string, string>();
  for (const { recordId, field, finding } of findInjectionsInRecords(records)) {
    if (!instructing.has(recordId)) instructing.set(recordId, `${finding.kind} in its ${field}`);
  }
  return { disputes: findDisputedFigures(records), instructing };
}

/** The first failing layer's verdict, or null when every check passes. */
export function verifySentence(
  sentence: Sentence,
  storyRecords: ReadonlyMap<string, SourceRecord>,
  extraQuotes: readonly string[] = [],
  checks: readonly SentenceCheck[] = ALL_CHECKS,
  facts: StoryFacts = storyFactsOf(storyRecords),
): SentenceFailure | null {
  for (const check of checks) {
    const reason = check.check(sentence, {
      storyRecords,
      extraQuotes,
      disputes: facts.disputes,
      instructing: facts.instructing,
    });
    if (reason !== null) return { layer: check.layer, reason };
  }
  return null;
}
