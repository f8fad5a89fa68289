/**
 * @module model/edition
 * An edition: one immutable build of stories from the records stored at that time.
 */
import type { DroppedSentence } from './story.js';

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
