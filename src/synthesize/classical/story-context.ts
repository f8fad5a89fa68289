/**
 * @module synthesize/classical/story-context
 * What the classical engine knows about one story before it writes: scored sentences, sides, first
 * mentions, the main entity and disputed figures, plus helpers to cite and frame.
 */
import { recordTime, type Sentence, type SourceRecord } from '../../model/index.js';
import { REPORTING_VERBS } from '../attribution-vocabulary.js';
import type { EditorialInput } from '../editorial-model.js';
import { formatRecordDate } from '../format-record-date.js';
import { collectCandidates, type Candidate, type CandidatePool } from './collect-candidates.js';
import { findDisputedFigures, type DisputedFigure } from '../../weigh/find-disputed-figures.js';
import { findMainEntity } from './find-main-entity.js';
import { frameSentence, learnCaseHints, type CaseHints } from './frame-sentence.js';

/** The engine's tunable numbers, listed in each story's Methodology. */
export interface ClassicalThresholds {
  /** Minimum TF-IDF cosine for a sentence to count as answering a question. */
  faqAnswerSimilarity: number;
  /** Minimum records behind the two values of a disputed figure. */
  disputeMinRecords: number;
  /** Sentences per section, at most. */
  maxSectionSentences: number;
  /** FAQ items, at most. */
  maxFaqItems: number;
}

export interface StoryContext {
  input: EditorialInput;
  thresholds: ClassicalThresholds;
  pool: CandidatePool;
  hints: CaseHints;
  /** Sentences already printed, by candidate key; nothing is printed twice. */
  used: Map<string, Candidate>;
  press: SourceRecord[];
  community: SourceRecord[];
  firstPress: SourceRecord | null;
  firstCommunity: SourceRecord | null;
  /** True when the first community record precedes the first press record. */
  communityFirst: boolean;
  /** The first press record published after the first community record, if any. */
  pressAfterCommunity: SourceRecord | null;
  entity: string | null;
  disputes: DisputedFigure[];
}

/** Builds the context; sides and first mentions come from the input's timing when it names them. */
export function analyseStory(input: EditorialInput, thresholds: ClassicalThresholds): StoryContext {
  const pool = collectCandidates(input);
  const byId = new Map(input.records.map((record) => [record.id, record]));
  const press = input.records.filter((record) => record.kind === 'press');
  const community = input.records.filter((record) => record.kind === 'community');
  const firstPress = byId.get(input.timing.pressFirst?.recordId ?? '') ?? press[0] ?? null;
  const firstCommunity = byId.get(input.timing.communityFirst?.recordId ?? '') ?? community[0] ?? null;
  const communityFirst = firstCommunity !== null && (firstPress === null || (input.timing.communityLeadHours ?? 0) > 0);
  const pressAfterCommunity = firstCommunity
    ? (press.find((record) => timeOf(record) > timeOf(firstCommunity)) ?? null)
    : null;
  return {
    input,
    thresholds,
    pool,
    hints: learnCaseHints(pool.candidates.map((candidate) => candidate.text)),
    used: new Map(),
    press,
    community,
    firstPress,
    firstCommunity,
    communityFirst,
    pressAfterCommunity,
    entity: findMainEntity(input.records),
    disputes: findDisputedFigures(input.records, thresholds.disputeMinRecords),
  };
}

/** A record's publication time (or fetch time), for ordering. */
export function timeOf(record: SourceRecord): string {
  return recordTime(record);
}

/** "3 November 2026" for a record; null when it has no publication time. */
export function dateOf(record: SourceRecord): string | null {
  return formatRecordDate(record.publishedAt);
}

/** The record's candidates, best first, skipping questions and anything already printed. */
export function candidatesOf(context: StoryContext, record: SourceRecord): Candidate[] {
  return context.pool.candidates
    .filter((candidate) => candidate.record === record && !candidate.isQuestion && !context.used.has(candidate.key))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

/** Takes the record's best unused sentence and marks it used; null when none is left. */
export function takeBest(context: StoryContext, record: SourceRecord): Candidate | null {
  const best = candidatesOf(context, record)[0] ?? null;
  if (best) context.used.set(best.key, best);
  return best;
}

/** A candidate framed with its attribution (and date, when asked), citing its record. */
export function framed(context: StoryContext, candidate: Candidate, verb: string, withDate = false): Sentence {
  const date = withDate ? dateOf(candidate.record) : null;
  return {
    text: frameSentence(candidate.record, candidate.text, context.hints, { verb, date }),
    citations: [candidate.record.id],
  };
}

/** The reporting verb for a record: outlets "reported", an organisation on its own page "stated", communities "wrote". */
export function verbFor(record: SourceRecord): string {
  if (record.kind === 'community') return REPORTING_VERBS.community;
  return record.author !== null && record.author === record.venue
    ? REPORTING_VERBS.organisation
    : REPORTING_VERBS.press;
}

/** A sentence citing the given records, each once, in order. */
export function cite(text: string, ...records: Array<SourceRecord | null | undefined>): Sentence {
  const ids = records.filter((record): record is SourceRecord => !!record).map((record) => record.id);
  return { text, citations: [...new Set(ids)] };
}
