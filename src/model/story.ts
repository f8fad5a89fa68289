/**
 * @module model/story
 * A written story: every published statement is a Sentence that cites record ids of its own story.
 */
import type { Platform } from './platform.js';
import type { RecordKind } from './record-kind.js';
import type { ClaimGroup } from './claim.js';
import type { StoryTiming } from './timing.js';

/** One publishable statement and the record ids that support it. */
export interface Sentence {
  text: string;
  citations: string[];
}

/** A verbatim community quote; `quote` must occur in the cited record, `sentence` is what is printed. */
export interface CommunityQuote {
  sentence: Sentence;
  quote: string;
  /** Who said it, as printed: "a commenter on r/hardware". */
  attribution: string;
  platform: Platform;
}

export interface StorySection {
  /** A short declarative claim heading the section. */
  title: string;
  sentences: Sentence[];
}

export interface FaqItem {
  question: string;
  /** Where the question was asked. */
  /** Ids of the records where the question was asked. */
  askedIn: string[];
  answer: Sentence[];
}

export const STORY_RELATIONS = ['similar', 'follow-up', 'background', 'same-entity'] as const;
export type StoryRelation = (typeof STORY_RELATIONS)[number];

/**
 * The longer arc a story belongs to: stories linked by follow-up or background relations, each a
 * story of its own, in the order they began. Only stories this edition published are listed.
 */
export interface StorylineRef {
  /** `storyline-<12 hex>`, derived from the arc's earliest story, so it lasts while that story does. */
  id: string;
  /** Every story of the arc, oldest first, with its published headline. */
  stories: Array<{ storyId: string; headline: string }>;
}

export interface RelatedStory {
  storyId: string;
  relation: StoryRelation;
  score: number;
  headline: string;
  dek: string;
}

/** One factor in a source's weight, e.g. `{ name: 'kind', value: 1.0, note: 'press outlet' }`. */
export interface WeightFactor {
  name: string;
  value: number;
  note: string;
}

/** The weight of one source (a venue: an outlet, a subreddit, an instance) within a story. */
export interface SourceWeight {
  venue: string;
  platform: Platform;
  kind: RecordKind;
  recordCount: number;
  weight: number;
  factors: WeightFactor[];
}

/** The weight of one record within its story: the product of its named factors. */
export interface RecordWeight {
  recordId: string;
  venue: string;
  platform: Platform;
  kind: RecordKind;
  weight: number;
  /** independence, engagement, source kind, corroboration, recency. */
  factors: WeightFactor[];
}

export interface Methodology {
  recordCount: number;
  pressCount: number;
  communityCount: number;
  weights: SourceWeight[];
  engine: { name: string; version: string };
  thresholds: Record<string, number>;
  sentencesDropped: number;
  /** Why the configured model did not write the story and the classical engine did; null (or absent, before) when it did. */
  fallbackReason?: string | null;
  /** Plain statements about the method; the last is "No human editorial judgment was applied." */
  statements: string[];
}

/** A verifier's record of a sentence it kept off the page. */
export interface DroppedSentence {
  storyId: string;
  text: string;
  citations: string[];
  layer: string;
  reason: string;
}

/** A dated note of what changed in a published story since an earlier edition, and why. */
export interface ChangelogEntry {
  /** ISO time of the edition that made the change. */
  at: string;
  editionId: string;
  note: string;
  /** The records whose change caused it. */
  recordIds: string[];
}

export interface Story {
  id: string;
  editionId: string;
  headline: Sentence;
  dek: Sentence;
  sections: StorySection[];
  quotes: CommunityQuote[];
  storySoFar: Sentence[];
  faq: FaqItem[];
  related: RelatedStory[];
  /** The arc this story is part of, when it has one (absent in editions made before storylines). */
  storyline?: StorylineRef | null;
  methodology: Methodology;
  timing: StoryTiming;
  /** The story's claim groups: corroborated, disputed, corrected or single-source, each with its timing. */
  claims: ClaimGroup[];
  /** Each record's weight with its factors, heaviest first (`undercurrent explain`). */
  recordWeights: RecordWeight[];
  recordIds: string[];
  /** ISO time of the newest record in the story. */
  updatedAt: string;
  kindCounts: Record<RecordKind, number>;
  /** SHA-256 (16 hex) of each cited record's title and text as verified, to see corrections later. */
  citedDigests: Record<string, string>;
  /** What changed since earlier editions, oldest first; empty for a story new in this edition. */
  changelog: ChangelogEntry[];
}

/** Every cited statement a reader sees, in reading order: headline, dek, sections, quotes, story so far, FAQ answers. */
export function publishedSentences(
  story: Pick<Story, 'headline' | 'dek' | 'sections' | 'quotes' | 'storySoFar' | 'faq'>,
): Sentence[] {
  return [
    story.headline,
    story.dek,
    ...story.sections.flatMap((section) => section.sentences),
    ...story.quotes.map((quote) => quote.sentence),
    ...story.storySoFar,
    ...story.faq.flatMap((item) => item.answer),
  ];
}

/** Every record id a story links to: its sentences' citations and where its FAQ questions were asked. */
export function citedRecordIds(story: Story): Set<string> {
  return new Set([
    ...publishedSentences(story).flatMap((sentence) => sentence.citations),
    ...story.faq.flatMap((item) => item.askedIn),
  ]);
}

export const STORY_EVENT_KINDS = [
  'created',
  'returned',
  'records-added',
  'records-removed',
  'merged',
  'split',
  'headline-changed',
] as const;
export type StoryEventKind = (typeof STORY_EVENT_KINDS)[number];

/**
 * One entry of a story's append-only log: what happened to it in an edition, with the evidence.
 * `returned`: a story an earlier edition published, absent from the previous one, is back (its new
 * records in `recordIds`, the edition it was last in and how long it was away in `detail`); `merged`: stories that were apart in the previous edition now share this one (their ids in
 * `relatedStoryIds`); `split`: records this story held went to other stories (named likewise).
 */
export interface StoryEvent {
  storyId: string;
  editionId: string;
  at: string;
  kind: StoryEventKind;
  /** The records the event concerns (added, removed, brought in by a merge, taken by a split). */
  recordIds: string[];
  relatedStoryIds: string[];
  /** One sentence a reader can follow, e.g. `headline changed from "…" to "…"`. */
  detail: string;
}
