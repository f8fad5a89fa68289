/**
 * @module edition/newly-kept-ids
 * Which kept story ids the story log has yet to explain.
 */
import type { StoryEvent } from '../model/index.js';

/**
 * The entries of `kept` (kept id → the id its earliest root record gives it, see keep-story-ids)
 * that no entry of `storyLog` names yet: a story keeps its id build after build; the log says so once.
 */
export function newlyKeptIds(kept: ReadonlyMap<string, string>, storyLog: readonly StoryEvent[]): Map<string, string> {
  const said = new Set(
    storyLog.flatMap((event) => event.relatedStoryIds.map((related) => `${event.storyId} ${related}`)),
  );
  return new Map([...kept].filter(([id, natural]) => !said.has(`${id} ${natural}`)));
}
