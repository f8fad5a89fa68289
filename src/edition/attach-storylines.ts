/**
 * @module edition/attach-storylines
 * Gives each published story its storyline: the other published stories of its arc, with headlines.
 */
import type { Story } from '../model/index.js';
import type { Storyline } from '../cluster/find-storylines.js';

/** `stories` with `storyline` set from `storylines`; an arc with fewer than two published stories is none. */
export function attachStorylines(stories: readonly Story[], storylines: ReadonlyMap<string, Storyline>): Story[] {
  const byId = new Map(stories.map((story) => [story.id, story]));
  return stories.map((story) => {
    const storyline = storylines.get(story.id);
    const members = storyline ? storyline.storyIds.filter((id) => byId.has(id)) : [];
    if (!storyline || members.length < 2) return { ...story, storyline: null };
    return {
      ...story,
      storyline: {
        id: storyline.id,
        stories: members.map((id) => ({ storyId: id, headline: byId.get(id)!.headline.text })),
      },
    };
  });
}
