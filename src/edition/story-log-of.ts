/**
 * @module edition/story-log-of
 * The stored log of some stories, read for a build's inputs.
 */
import type { Story, StoryEvent } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';

/** Every stored log entry of `stories`, story by story in their order, each story's oldest first. */
export async function storyLogOf(store: RecordStore, stories: readonly Story[]): Promise<StoryEvent[]> {
  return (await Promise.all(stories.map((story) => store.storyEvents(story.id)))).flat();
}
