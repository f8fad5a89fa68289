/**
 * @module model/edition
 * An edition: one immutable build of stories from the records stored at that time.
 */
import type { DroppedSentence, Story, StoryEvent } from './story.js';
import type { SourceRecord } from './record.js';
import type { PublisherFamily } from './publisher-family.js';

export interface EditionStats {
  records: number;
  stories: number;
  sentencesPublished: number;
  sentencesDropped: number;
}

/** A source record holding text that tries to instruct rather than inform (see enrich/find-injections). */
export interface InjectionFlag {
  recordId: string;
  /** The story the record is in; null when it is in none. */
  storyId: string | null;
  /** Where it was found: "text", "title", "author", or "text, split across records" for a payload in pieces. */
  field: string;
  kind: string;
  excerpt: string;
}

/** The edition's own quality figures, published with it. */
export interface EditionAudit {
  /** Sentences the verifier checked: published plus dropped. */
  sentencesChecked: number;
  /** Dropped sentences by the layer that failed them. */
  droppedByLayer: Record<string, number>;
  /** Citations in published sentences. */
  citations: number;
  injections: InjectionFlag[];
  /** Stories the configured model could not write, so the classical engine did, with the reason. */
  fallbacks?: Array<{ storyId: string; reason: string }>;
}

export interface Edition {
  id: string;
  createdAt: string;
  engine: { name: string; version: string };
  /** Story ids in front-page order. */
  storyIds: string[];
  recordIds: string[];
  stats: EditionStats;
  drops: DroppedSentence[];
  /** Absent on editions saved before audits existed. */
  audit?: EditionAudit;
}

/** A story as an earlier edition last published it, and when that edition was made (ISO). */
export interface EarlierStory {
  story: Story;
  publishedAt: string;
}

/** Version of the {@link EditionInputs} layout; bump when a field's meaning changes. */
export const EDITION_INPUTS_FORMAT = 1;

/**
 * Everything an edition was built from, snapshotted with it: its id and time, the engine and its
 * thresholds, every record as the build read it (each with the SHA-256 of its raw payload,
 * `rawHash`), the previous edition's stories (for changelogs and the story log) and their log, and
 * the publisher-family table the weights counted independence with.
 */
export interface EditionInputs {
  format: number;
  editionId: string;
  createdAt: string;
  engine: { name: string; version: string; thresholds: Record<string, number> };
  previousEditionId: string | null;
  records: SourceRecord[];
  previousStories: Story[];
  /**
   * The story log of those stories, and of the earlier stories below, up to this build, oldest
   * first: "The story so far" reads it.
   */
  storyLog: StoryEvent[];
  /**
   * Stories of this edition that an edition before the previous one published (they dropped out of
   * the edition window and came back), each as last published and that edition's time: the story
   * log says they returned rather than were created. Absent on snapshots saved before it (read as none).
   */
  earlierStories?: EarlierStory[];
  /** The publisher families as configured at build time; absent on snapshots saved before families existed (read as none). */
  publisherFamilies?: PublisherFamily[];
}
