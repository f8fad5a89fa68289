/**
 * @module synthesize/editorial-model
 * The EditorialModel port: one story's records in, a drafted story out. Implementations:
 * `classical/` (default, deterministic, no model) and later `llm/<provider>/`.
 */
import type {
  ClaimGroup,
  RelatedStory,
  SourceRecord,
  SourceWeight,
  Story,
  StoryEvent,
  StoryTiming,
} from '../model/index.js';

export interface EditorialInput {
  storyId: string;
  /** The story's records, oldest first. */
  records: SourceRecord[];
  weights: SourceWeight[];
  timing: StoryTiming;
  /** Claim groups across the records, disputes and corrections first (weigh/group-claims). */
  claims: ClaimGroup[];
  /** Related stories, with headline and dek left empty: the pipeline fills them after writing. */
  related: RelatedStory[];
  /** The story's log from earlier editions (created, records added, merged …), oldest first; empty when new. */
  history: StoryEvent[];
}

/** Which engine actually wrote a draft: an LLM engine that fell back to the classical one says so, and why. */
export interface DraftProvenance {
  engine: { name: string; version: string };
  /** Why the configured engine did not write it; null when it did. */
  fallbackReason: string | null;
  /** Verification repair rounds the model was given. */
  repairRounds: number;
}

/** A story as the engine wrote it, before verification: the written parts of a Story. */
export type StoryDraft = Pick<Story, 'headline' | 'dek' | 'sections' | 'quotes' | 'storySoFar' | 'faq'> & {
  /** Absent when the engine named on the port wrote it in one pass. */
  provenance?: DraftProvenance;
};

export interface EditorialModel {
  readonly name: string;
  readonly version: string;
  /** Thresholds the engine used, listed in each story's Methodology. */
  readonly thresholds: Record<string, number>;
  writeStory(input: EditorialInput): Promise<StoryDraft>;
}
