/**
 * @module cluster/stream-units-of
 * A batch of new records as the stored stream reads it: thread units with their vectors, index
 * terms, names and, for a reply to a thread already in a story, that story; and the join rules.
 */
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import type { TermDocuments } from '../store/story-state.js';
import { LOOKUP_TERMS, type JoinRules } from './assign-to-stories.js';
import type { StreamUnit } from './assign-to-stored-stories.js';
import { MAX_STORY_NAMES } from './assign-to-stored-stories.js';
import {
  DEFAULT_CONTENT_FLOOR,
  DEFAULT_MIN_DOCUMENT_FREQUENCY,
  DEFAULT_SIMILARITY_THRESHOLD,
  DEFAULT_WINDOW_DAYS,
} from './cluster-stories.js';
import type { ThreadUnit } from './group-threads.js';
import { topTermsOf } from './top-terms-of.js';
import { vectorizeStreamUnits } from './vectorize-stream-units.js';

const MS_PER_DAY = 86_400_000;

/** The streaming clusterer's default rules (cluster/cluster-stories), which the stored stream keeps. */
export const STREAM_RULES: JoinRules = {
  threshold: DEFAULT_SIMILARITY_THRESHOLD,
  contentFloor: DEFAULT_CONTENT_FLOOR,
  windowMs: DEFAULT_WINDOW_DAYS * MS_PER_DAY,
};

/**
 * Each unit of `units` as a {@link StreamUnit}: vectors against the stored `frequencies`, its top
 * terms, its records' most frequent entity names, and `threadStories.get(unit.key)`.
 */
export function streamUnitsOf(
  units: readonly ThreadUnit[],
  enrichments: ReadonlyMap<string, RecordEnrichment>,
  frequencies: TermDocuments,
  threadStories: ReadonlyMap<string, string>,
): StreamUnit[] {
  const vectors = vectorizeStreamUnits(units, enrichments, frequencies, DEFAULT_MIN_DOCUMENT_FREQUENCY);
  return units.map((unit, index) => {
    const records = unit.root ? [unit.root, ...unit.replies] : unit.replies;
    const { full, content } = vectors[index]!;
    return {
      anchorId: unit.anchor.id,
      recordIds: records.map((record) => record.id),
      full,
      content,
      topTerms: topTermsOf(full),
      startedAt: unit.startedAt,
      names: namesOf(records, enrichments),
      threadStoryId: threadStories.get(unit.key) ?? null,
    };
  });
}

/** The distinct terms of each record, for the stream's document frequencies. */
export function termDocumentsOf(
  records: readonly SourceRecord[],
  enrichments: ReadonlyMap<string, RecordEnrichment>,
): string[][] {
  return records.map((record) => (enrichments.get(record.id)?.terms ?? []).map(([term]) => term));
}

/** What to look stored stories up by: every unit's lookup terms (its heaviest LOOKUP_TERMS), and an empty batch none; and the earliest first time the window allows. */
export function candidateQueryOf(units: readonly StreamUnit[], rules: JoinRules): { terms: string[]; since: string } {
  if (units.length === 0) return { terms: [], since: new Date(0).toISOString() };
  const terms = new Set(units.flatMap((unit) => unit.topTerms.slice(0, LOOKUP_TERMS)));
  const earliest = Math.min(...units.map((unit) => unit.startedAt));
  return { terms: [...terms], since: new Date(earliest - (rules.windowMs ?? earliest)).toISOString() };
}

function namesOf(records: readonly SourceRecord[], enrichments: ReadonlyMap<string, RecordEnrichment>): string[] {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const entity of enrichments.get(record.id)?.entities ?? [])
      counts.set(entity.text, (counts.get(entity.text) ?? 0) + entity.count);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_STORY_NAMES)
    .map(([name]) => name);
}
