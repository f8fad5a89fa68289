/**
 * @module pipeline/log-story-changes
 * What happened to each story between the previous edition and this one, as log entries with their
 * evidence: created, records added or removed, merged (stories that were apart now share one),
 * split (records went to other stories), headline changed.
 */
import { pushTo, type Story, type StoryEvent } from '../model/index.js';

/** The log entries of `stories` (this edition) against `previous` (the previous edition's stories). */
export function logStoryChanges(previous: readonly Story[], stories: readonly Story[], edition: { id: string; createdAt: string }): StoryEvent[] {
  const previousById = new Map(previous.map((story) => [story.id, story]));
  const previousStoryOf = new Map<string, string>();
  for (const story of previous) for (const id of story.recordIds) previousStoryOf.set(id, story.id);
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.recordIds) storyOf.set(id, story.id);
  const event = (story: Story, kind: StoryEvent['kind'], recordIds: string[], relatedStoryIds: string[], detail: string): StoryEvent => ({
    storyId: story.id, editionId: edition.id, at: edition.createdAt, kind, recordIds, relatedStoryIds, detail,
  });

  const events: StoryEvent[] = [];
  for (const story of stories) {
    const before = previousById.get(story.id);
    // Records that were in other stories of the previous edition: those stories merged into this one.
    const mergedFrom = new Map<string, string[]>();
    for (const id of story.recordIds) {
      const from = previousStoryOf.get(id);
      if (from && from !== story.id) pushTo(mergedFrom, from, id);
    }
    if (!before) {
      events.push(event(story, 'created', [...story.recordIds], [], `story created with ${story.recordIds.length} records`));
    } else {
      const had = new Set(before.recordIds);
      const has = new Set(story.recordIds);
      const added = story.recordIds.filter((id) => !had.has(id) && !previousStoryOf.has(id));
      const removed = before.recordIds.filter((id) => !has.has(id) && !storyOf.has(id));
      if (added.length > 0) events.push(event(story, 'records-added', added, [], `${added.length} new ${added.length === 1 ? 'record' : 'records'}`));
      if (removed.length > 0) events.push(event(story, 'records-removed', removed, [], `${removed.length} ${removed.length === 1 ? 'record' : 'records'} no longer in any story`));
      if (before.headline.text !== story.headline.text) {
        events.push(event(story, 'headline-changed', story.headline.citations, [], `headline changed from "${before.headline.text}" to "${story.headline.text}"`));
      }
    }
    for (const [from, recordIds] of mergedFrom) {
      events.push(event(story, 'merged', recordIds, [from], `${recordIds.length} ${recordIds.length === 1 ? 'record' : 'records'} of ${from} joined this story`));
    }
  }
  // A previous story whose records now sit in other stories was split (or absorbed, when none stay).
  for (const story of previous) {
    const went = new Map<string, string[]>();
    for (const id of story.recordIds) {
      const to = storyOf.get(id);
      if (to && to !== story.id) pushTo(went, to, id);
    }
    for (const [to, recordIds] of went) {
      events.push({ storyId: story.id, editionId: edition.id, at: edition.createdAt, kind: 'split', recordIds, relatedStoryIds: [to], detail: `${recordIds.length} ${recordIds.length === 1 ? 'record' : 'records'} went to ${to}` });
    }
  }
  return events;
}
