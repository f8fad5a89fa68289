/**
 * @module synthesize/classical/write-story-so-far
 * "The story so far": the story's chapters in order, one dated, cited sentence each. The story log
 * from earlier editions gives the chapters (what each edition brought: created, records added,
 * merged), then what this edition brings; each is told as its first voice and the other side's first word.
 */
import type { Sentence, SourceRecord } from '../../model/index.js';
import type { Candidate } from './collect-candidates.js';
import { framed, timeOf, verbFor, type StoryContext } from './story-context.js';

/** Dated sentences at most: the reference page's summary runs three to five. */
export const MAX_STORY_SO_FAR = 4;

/**
 * One sentence per chapter, from the first record of the chapter that has a sentence to give (the
 * latest chapter reads newest first), never two from one record; printed in time order.
 */
export function writeStorySoFar(context: StoryContext): Sentence[] {
  const picks: Candidate[] = [];
  for (const chapter of chaptersOf(context)) {
    if (picks.length >= MAX_STORY_SO_FAR) break;
    const pick = chapter
      .filter((record) => !picks.some((taken) => taken.record === record))
      .map((record) => bestOf(context, record))
      .find((candidate): candidate is Candidate => candidate !== null);
    if (pick) picks.push(pick);
  }
  return picks
    .sort((a, b) => byTime(a.record, b.record) || a.index - b.index)
    .map((candidate) => framed(context, candidate, verbFor(candidate.record), true));
}

/**
 * The chapters, each a list of records in the order to try them. Each earlier edition's log entry
 * (created, records-added, merged) and then this edition's new records are told as two chapters, the
 * side that spoke first and the other side answering; the latest press report closes.
 */
function chaptersOf(context: StoryContext): SourceRecord[][] {
  const { input } = context;
  const byId = new Map(input.records.map((record) => [record.id, record]));
  const present = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((record): record is SourceRecord => record !== undefined);
  const latest = [...(context.press.length > 0 ? context.press : input.records)].sort(byTime).reverse();
  const events = input.history.filter((event) => event.kind === 'created' || event.kind === 'records-added' || event.kind === 'merged');
  const logged = new Set(events.flatMap((event) => event.recordIds));
  const fresh = input.records.filter((record) => !logged.has(record.id));
  return [...events.flatMap((event) => sidesOf(present(event.recordIds))), ...sidesOf(fresh), latest];
}

/** Records told as two chapters: the side of the earliest record, then the other side, each oldest first. */
function sidesOf(records: SourceRecord[]): SourceRecord[][] {
  const ordered = [...records].sort(byTime);
  const first = ordered[0];
  if (!first) return [];
  return [ordered.filter((record) => record.kind === first.kind), ordered.filter((record) => record.kind !== first.kind)];
}

/** The record's best-scored sentence that is not a question; null when it has none. */
function bestOf(context: StoryContext, record: SourceRecord): Candidate | null {
  return (
    context.pool.candidates
      .filter((candidate) => candidate.record === record && !candidate.isQuestion)
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))[0] ?? null
  );
}

function byTime(a: SourceRecord, b: SourceRecord): number {
  return timeOf(a).localeCompare(timeOf(b)) || a.id.localeCompare(b.id);
}
