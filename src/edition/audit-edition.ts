/**
 * @module edition/audit-edition
 * The edition's audit: sentences checked and dropped per layer, citations, engine fallbacks, and every
 * source record holding an injection attempt, including one split across a story's consecutive records.
 */
import { findInjectionsInRecords } from '../enrich/find-injections.js';
import {
  publishedSentences,
  type DroppedSentence,
  type EditionAudit,
  type InjectionFlag,
  type SourceRecord,
  type Story,
} from '../model/index.js';
import type { RecordInjection } from '../enrich/find-injections.js';

/** The audit of an edition built from `records`, publishing `stories`, having dropped `drops`. */
export function auditEdition(
  records: readonly SourceRecord[],
  stories: readonly Story[],
  drops: readonly DroppedSentence[],
): EditionAudit {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.recordIds) storyOf.set(id, story.id);
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const droppedByLayer: Record<string, number> = {};
  for (const drop of drops) droppedByLayer[drop.layer] = (droppedByLayer[drop.layer] ?? 0) + 1;
  const published = stories.flatMap((story) => publishedSentences(story));
  return {
    sentencesChecked: published.length + drops.length,
    droppedByLayer,
    citations: published.reduce((sum, sentence) => sum + sentence.citations.length, 0),
    fallbacks: stories.flatMap((story) =>
      story.methodology.fallbackReason ? [{ storyId: story.id, reason: story.methodology.fallbackReason }] : [],
    ),
    injections: [
      // Outside any story each record is read alone; inside one, with its neighbours too (split payloads).
      ...findInjectionsInRecords(records.filter((record) => !storyOf.has(record.id))).map((found) =>
        flagOf(found, null),
      ),
      ...stories.flatMap((story) =>
        findInjectionsInRecords(recordsOf(story, recordsById)).map((found) => flagOf(found, story.id)),
      ),
    ],
  };
}

function flagOf(found: RecordInjection, storyId: string | null): InjectionFlag {
  return {
    recordId: found.recordId,
    storyId,
    field: found.field,
    kind: found.finding.kind,
    excerpt: found.finding.excerpt,
  };
}

/** A story's records in its own order (oldest first), for reading neighbours together. */
function recordsOf(story: Story, recordsById: ReadonlyMap<string, SourceRecord>): SourceRecord[] {
  return story.recordIds
    .map((id) => recordsById.get(id))
    .filter((record): record is SourceRecord => record !== undefined);
}
