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

export interface Edition {
  id: string;
  createdAt: string;
  engine: { name: string; version: string };
  /** Story ids in front-page order. */
  storyIds: string[];
  recordIds: string[];
  stats: EditionStats;
  drops: DroppedSentence[];
}
