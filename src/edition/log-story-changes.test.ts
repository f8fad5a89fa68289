import { describe, expect, it } from 'vitest';
import type { Story } from '../model/index.js';
import { logStoryChanges } from './log-story-changes.js';

function story(id: string, recordIds: string[], headline = `Headline of ${id}`, editionId = 'ed-1'): Story {
  return {
    id,
    editionId,
    recordIds,
    headline: { text: headline, citations: recordIds.slice(0, 1) },
  } as unknown as Story;
}
const EDITION = { id: 'ed-2', createdAt: '2026-12-01T00:00:00.000Z' };

describe('logStoryChanges', () => {
  it('logs a new story as created, with its records', () => {
    expect(logStoryChanges([], [story('s1', ['a', 'b'])], EDITION)).toEqual([
      {
        storyId: 's1',
        editionId: 'ed-2',
        at: EDITION.createdAt,
        kind: 'created',
        recordIds: ['a', 'b'],
        relatedStoryIds: [],
        detail: 'story created with 2 records',
      },
    ]);
  });

  it('logs new records and a changed headline', () => {
    const events = logStoryChanges([story('s1', ['a'], 'Old')], [story('s1', ['a', 'b'], 'New')], EDITION);
    expect(events.map((event) => [event.kind, event.recordIds, event.detail])).toEqual([
      ['records-added', ['b'], '1 new record'],
      ['headline-changed', ['a'], 'headline changed from "Old" to "New"'],
    ]);
  });

  it('logs a merge on the surviving story and a split on the absorbed one, naming each other', () => {
    const events = logStoryChanges(
      [story('s1', ['a']), story('s2', ['b', 'c'])],
      [story('s1', ['a', 'b', 'c'])],
      EDITION,
    );
    expect(events.map((event) => [event.storyId, event.kind, event.recordIds, event.relatedStoryIds])).toEqual([
      ['s1', 'merged', ['b', 'c'], ['s2']],
      ['s2', 'split', ['b', 'c'], ['s1']],
    ]);
  });

  it('logs nothing for a story that did not change', () => {
    expect(logStoryChanges([story('s1', ['a'])], [story('s1', ['a'])], EDITION)).toEqual([]);
  });

  it('logs a story an earlier edition published, absent from the previous one, as returned with its new records and the days away', () => {
    const earlier = [
      { story: story('s1', ['a', 'b'], 'Headline of s1', 'ed-0'), publishedAt: '2026-10-20T00:00:00.000Z' },
    ];
    const events = logStoryChanges([story('s2', ['x'])], [story('s2', ['x']), story('s1', ['a', 'b', 'c'])], EDITION, {
      earlier,
    });
    expect(events.map((event) => [event.storyId, event.kind, event.recordIds, event.detail])).toEqual([
      ['s1', 'returned', ['c'], 'back after 42 days out of the edition (last in ed-0) with 1 new record'],
    ]);
  });

  it('still logs a story as created when no edition published it', () => {
    const earlier = [{ story: story('s9', ['z']), publishedAt: '2026-10-20T00:00:00.000Z' }];
    expect(logStoryChanges([], [story('s1', ['a'])], EDITION, { earlier }).map((event) => event.kind)).toEqual([
      'created',
    ]);
  });

  it('says on the arriving records that a story kept its id when an older record joined', () => {
    const events = logStoryChanges([story('s1', ['b', 'c'])], [story('s1', ['a', 'b', 'c'])], EDITION, {
      keptIds: new Map([['s1', 's0']]),
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'records-added', recordIds: ['a'], relatedStoryIds: ['s0'] });
    expect(events[0]!.detail).toBe(
      "1 new record; one is older than the story's first record, which would make its id s0, but it keeps s1 because most of its records carried over",
    );
  });
});
