/**
 * @module edition/fill-related-headlines
 * "Continue reading" entries, completed once every story of the edition is written.
 */
import type { Story } from '../model/index.js';

/** Related entries get the related story's published headline and dek; links to unpublished stories go. */
export function fillRelatedHeadlines(stories: readonly Story[]): Story[] {
  const byId = new Map(stories.map((story) => [story.id, story]));
  return stories.map((story) => ({
    ...story,
    related: story.related
      .filter((entry) => byId.has(entry.storyId))
      .map((entry) => ({
        ...entry,
        headline: byId.get(entry.storyId)!.headline.text,
        dek: byId.get(entry.storyId)!.dek.text,
      })),
  }));
}
