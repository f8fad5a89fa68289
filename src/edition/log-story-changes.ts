/**
 * @module edition/log-story-changes
 * What happened to each story between the previous edition and this one, as log entries with their
 * evidence: created, returned (back after editions without it), records added or removed, merged
 * (stories that were apart now share one), split (records went to other stories), headline changed.
 */
import { pushTo, type EarlierStory, type Story, type StoryEvent } from '../model/index.js';

const MS_PER_DAY = 86_400_000;
/** The entries that bring records into a story. */
const ARRIVALS: ReadonlySet<StoryEvent['kind']> = new Set(['returned', 'records-added', 'merged']);

/** What the log needs to know beyond the two editions' stories. */
export interface StoryHistoryHints {
  /** Stories absent from the previous edition that an earlier one published, as last published there. */
  earlier?: readonly EarlierStory[];
  /**
   * Stories that kept a previous edition's id although their earliest root record changed
   * (see keep-story-ids): kept id → the id the new earliest root record would have given.
   */
  keptIds?: ReadonlyMap<string, string>;
}

/** The log entries of `stories` (this edition) against `previous` (the previous edition's stories). */
export function logStoryChanges(
  previous: readonly Story[],
  stories: readonly Story[],
  edition: { id: string; createdAt: string },
  hints: StoryHistoryHints = {},
): StoryEvent[] {
  const previousById = new Map(previous.map((story) => [story.id, story]));
  const earlierById = new Map((hints.earlier ?? []).map((earlier) => [earlier.story.id, earlier]));
  const previousStoryOf = new Map<string, string>();
  for (const story of previous) for (const id of story.recordIds) previousStoryOf.set(id, story.id);
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.recordIds) storyOf.set(id, story.id);
  const event = (
    storyId: string,
    kind: StoryEvent['kind'],
    recordIds: string[],
    relatedStoryIds: string[],
    detail: string,
  ): StoryEvent => ({
    storyId,
    editionId: edition.id,
    at: edition.createdAt,
    kind,
    recordIds,
    relatedStoryIds,
    detail,
  });

  const events: StoryEvent[] = [];
  for (const story of stories) {
    // Records that were in other stories of the previous edition: those stories merged into this one.
    const mergedFrom = new Map<string, string[]>();
    for (const id of story.recordIds) {
      const from = previousStoryOf.get(id);
      if (from && from !== story.id) pushTo(mergedFrom, from, id);
    }
    const earlier = previousById.has(story.id) ? undefined : earlierById.get(story.id);
    const before = previousById.get(story.id) ?? earlier?.story;
    const own: StoryEvent[] = [];
    if (!before) {
      own.push(
        event(story.id, 'created', [...story.recordIds], [], `story created with ${story.recordIds.length} records`),
      );
    } else {
      const had = new Set(before.recordIds);
      const has = new Set(story.recordIds);
      const added = story.recordIds.filter((id) => !had.has(id) && !previousStoryOf.has(id));
      const removed = before.recordIds.filter((id) => !has.has(id) && !storyOf.has(id));
      if (earlier) {
        const days = Math.round((Date.parse(edition.createdAt) - Date.parse(earlier.publishedAt)) / MS_PER_DAY);
        own.push(
          event(
            story.id,
            'returned',
            added,
            [],
            `back after ${counted(days, 'day')} out of the edition (last in ${before.editionId}) with ${counted(added.length, 'new record')}`,
          ),
        );
      } else if (added.length > 0) {
        own.push(event(story.id, 'records-added', added, [], counted(added.length, 'new record')));
      }
      if (removed.length > 0)
        own.push(
          event(
            story.id,
            'records-removed',
            removed,
            [],
            `${counted(removed.length, 'record')} no longer in any story`,
          ),
        );
      if (before.headline.text !== story.headline.text) {
        own.push(
          event(
            story.id,
            'headline-changed',
            story.headline.citations,
            [],
            `headline changed from "${before.headline.text}" to "${story.headline.text}"`,
          ),
        );
      }
    }
    for (const [from, recordIds] of mergedFrom) {
      own.push(
        event(
          story.id,
          'merged',
          recordIds,
          [from],
          `${counted(recordIds.length, 'record')} of ${from} joined this story`,
        ),
      );
    }
    // The new earliest record came in with these records (added, returned or merged): say so there.
    const natural = hints.keptIds?.get(story.id);
    const arrival = natural ? own.find((entry) => entry.recordIds.length > 0 && ARRIVALS.has(entry.kind)) : undefined;
    if (natural && arrival) {
      arrival.relatedStoryIds.push(natural);
      arrival.detail += `; one is older than the story's first record, which would make its id ${natural}, but it keeps ${story.id} because most of its records carried over`;
    }
    events.push(...own);
  }
  // A previous story whose records now sit in other stories was split (or absorbed, when none stay).
  for (const story of previous) {
    const went = new Map<string, string[]>();
    for (const id of story.recordIds) {
      const to = storyOf.get(id);
      if (to && to !== story.id) pushTo(went, to, id);
    }
    for (const [to, recordIds] of went)
      events.push(event(story.id, 'split', recordIds, [to], `${counted(recordIds.length, 'record')} went to ${to}`));
  }
  return events;
}

/** "1 new record", "3 new records". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
