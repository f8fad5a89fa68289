/**
 * @module publish/export/story-document
 * The story JSON every publisher reads: `id, headline, dek, sections, quotes, storySoFar, faq,
 * related, storyline, timing, claims, methodology, changes`, with the story's record ids and cited digests.
 */
import type {
  ChangelogEntry,
  ClaimGroup,
  RecordWeight,
  Sentence,
  Story,
  StoryEvent,
  StorylineRef,
  StoryTiming,
  WeightFactor,
} from '../../model/index.js';

export interface StoryDocument {
  id: string;
  editionId: string;
  headline: Sentence;
  dek: Sentence;
  sections: Array<{ title: string; sentences: Sentence[] }>;
  /** `text` is the verbatim quote; `sentence` is the attributed line printed, with its citation. */
  quotes: Array<{ text: string; recordId: string; community: string; platform: string; sentence: Sentence }>;
  storySoFar: Sentence[];
  faq: Array<{ question: string; askedIn: string[]; answer: Sentence[] }>;
  related: Array<{ storyId: string; headline: string; dek: string; relation: string; score: number }>;
  /** The longer arc the story belongs to (its stories oldest first), or null. */
  storyline: StorylineRef | null;
  timing: StoryTiming;
  claims: ClaimGroup[];
  /** Each record's weight with its factors (independence, engagement, source kind, corroboration, recency). */
  recordWeights: RecordWeight[];
  methodology: {
    recordCount: number;
    pressCount: number;
    communityCount: number;
    sources: Array<{
      source: string;
      platform: string;
      kind: string;
      recordCount: number;
      weight: number;
      factors: WeightFactor[];
    }>;
    engine: { name: string; version: string };
    thresholds: Record<string, number>;
    /** Sentences the verifier kept off this story. */
    dropped: number;
    statements: string[];
    disclaimer: string;
  };
  /** What changed in this story in this edition: its log entries, then corrections noted. */
  changes: Array<{ at: string; editionId: string; kind: string; detail: string; recordIds: string[] }>;
  recordIds: string[];
  updatedAt: string;
  kindCounts: Story['kindCounts'];
  citedDigests: Record<string, string>;
}

/**
 * The document for `story` in its edition: `events` are the edition's story-log entries (only this
 * story's are kept); the changelog's entries of this edition become `corrected` changes.
 */
export function toStoryDocument(story: Story, events: readonly StoryEvent[]): StoryDocument {
  const { methodology } = story;
  return {
    id: story.id,
    editionId: story.editionId,
    headline: story.headline,
    dek: story.dek,
    sections: story.sections,
    quotes: story.quotes.map((quote) => ({
      text: quote.quote,
      recordId: quote.sentence.citations[0] ?? '',
      community: quote.attribution,
      platform: quote.platform,
      sentence: quote.sentence,
    })),
    storySoFar: story.storySoFar,
    faq: story.faq,
    related: story.related.map(({ storyId, headline, dek, relation, score }) => ({
      storyId,
      headline,
      dek,
      relation,
      score,
    })),
    storyline: story.storyline ?? null,
    timing: story.timing,
    claims: story.claims,
    recordWeights: story.recordWeights,
    methodology: {
      recordCount: methodology.recordCount,
      pressCount: methodology.pressCount,
      communityCount: methodology.communityCount,
      sources: methodology.weights.map((weight) => ({
        source: weight.venue,
        platform: weight.platform,
        kind: weight.kind,
        recordCount: weight.recordCount,
        weight: weight.weight,
        factors: weight.factors,
      })),
      engine: methodology.engine,
      thresholds: methodology.thresholds,
      dropped: methodology.sentencesDropped,
      statements: methodology.statements,
      disclaimer: methodology.statements.at(-1) ?? '',
    },
    changes: [
      ...events
        .filter((event) => event.storyId === story.id)
        .map(({ at, editionId, kind, detail, recordIds }) => ({ at, editionId, kind, detail, recordIds })),
      ...story.changelog.filter((entry) => entry.editionId === story.editionId).map(correctionChange),
    ],
    recordIds: story.recordIds,
    updatedAt: story.updatedAt,
    kindCounts: story.kindCounts,
    citedDigests: story.citedDigests,
  };
}

function correctionChange(entry: ChangelogEntry): StoryDocument['changes'][number] {
  return {
    at: entry.at,
    editionId: entry.editionId,
    kind: 'corrected',
    detail: entry.note,
    recordIds: entry.recordIds,
  };
}
