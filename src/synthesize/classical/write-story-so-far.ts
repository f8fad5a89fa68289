/**
 * @module synthesize/classical/write-story-so-far
 * "The story so far": the story's chapters in order, one dated, cited sentence each. The story log
 * from earlier editions gives the chapters (what each edition brought: created, records added,
 * merged), then what this edition brings; each is told as its first voice and the other side's first word.
 */
import type { Sentence, SourceRecord, StoryEvent } from '../../model/index.js';
import type { Candidate } from './collect-candidates.js';
import { framed, timeOf, verbFor, type StoryContext } from './story-context.js';

/** The log entries that bring records in, each a chapter. */
const CHAPTER_KINDS: ReadonlySet<StoryEvent['kind']> = new Set(['created', 'returned', 'records-added', 'merged']);

/** Dated sentences at most: the reference page's summary runs three to five. */
export const MAX_STORY_SO_FAR = 4;

/**
 * One sentence per chapter, from the first record of the chapter that has a sentence to give (the
 * latest chapter reads newest first), never two from one record; printed in time order.
 */
export function writeStorySoFar(context: StoryContext): Sentence[] {
  const picks: Candidate[] = [];
  const best = bestByRecord(context);
  for (const chapter of chaptersOf(context)) {
    if (picks.length >= MAX_STORY_SO_FAR) break;
    const record = chapter.find((each) => best.has(each) && !picks.some((taken) => taken.record === each));
    if (record) picks.push(best.get(record)!);
  }
  return picks
    .sort((a, b) => byTime(a.record, b.record) || a.index - b.index)
    .map((candidate) => framed(context, candidate, verbFor(candidate.record), true));
}

/**
 * The chapters, each a list of records in the order to try them. Each earlier edition's log entry
 * (created, returned, records-added, merged) and then this edition's new records are told as two chapters, the
 * side that spoke first and the other side answering; the latest press report closes.
 */
function chaptersOf(context: StoryContext): SourceRecord[][] {
  const { input } = context;
  const byId = new Map(input.records.map((record) => [record.id, record]));
  const present = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((record): record is SourceRecord => record !== undefined);
  const latest = [...(context.press.length > 0 ? context.press : input.records)].sort(byTime).reverse();
  const events = input.history.filter((event) => CHAPTER_KINDS.has(event.kind));
  const logged = new Set(events.flatMap((event) => event.recordIds));
  const fresh = input.records.filter((record) => !logged.has(record.id));
  return [...events.flatMap((event) => sidesOf(present(event.recordIds))), ...sidesOf(fresh), latest];
}

/** Records told as two chapters: the side of the earliest record, then the other side, each oldest first. */
function sidesOf(records: SourceRecord[]): SourceRecord[][] {
  const ordered = [...records].sort(byTime);
  const first = ordered[0];
  if (!first) return [];
  return [
    ordered.filter((record) => record.kind === first.kind),
    ordered.filter((record) => record.kind !== first.kind),
  ];
}

/** Each record's best-scored sentence that is not a question (records with none are absent), in one pass. */
function bestByRecord(context: StoryContext): Map<SourceRecord, Candidate> {
  const best = new Map<SourceRecord, Candidate>();
  for (const candidate of context.pool.candidates) {
    if (candidate.isQuestion) continue;
    const current = best.get(candidate.record);
    if (
      !current ||
      candidate.score > current.score ||
      (candidate.score === current.score && candidate.key < current.key)
    )
      best.set(candidate.record, candidate);
  }
  return best;
}

function byTime(a: SourceRecord, b: SourceRecord): number {
  return timeOf(a).localeCompare(timeOf(b)) || a.id.localeCompare(b.id);
}
