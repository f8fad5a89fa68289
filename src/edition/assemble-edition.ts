/**
 * @module edition/assemble-edition
 * The edition itself, once its stories are written: what it holds, its counts and its audit.
 */
import {
  publishedSentences,
  type DroppedSentence,
  type Edition,
  type EditionInputs,
  type SourceRecord,
  type Story,
} from '../model/index.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { auditEdition } from './audit-edition.js';

/**
 * The edition `inputs` names, written by `engine` from `records`, publishing `stories` in their
 * order, having dropped `drops`. Its stats count every sentence a reader sees with citations
 * (headline, dek, sections, quotes, story so far, FAQ answers).
 */
export function assembleEdition(
  inputs: Pick<EditionInputs, 'editionId' | 'createdAt'>,
  engine: Pick<EditorialModel, 'name' | 'version'>,
  records: readonly SourceRecord[],
  stories: readonly Story[],
  drops: DroppedSentence[],
): Edition {
  return {
    id: inputs.editionId,
    createdAt: inputs.createdAt,
    engine: { name: engine.name, version: engine.version },
    storyIds: stories.map((story) => story.id),
    recordIds: records.map((record) => record.id),
    stats: {
      records: records.length,
      stories: stories.length,
      sentencesPublished: stories.reduce((sum, story) => sum + publishedSentences(story).length, 0),
      sentencesDropped: drops.length,
    },
    drops,
    audit: auditEdition(records, stories, drops),
  };
}
