import { describe, expect, it } from 'vitest';
import type { Story } from '../model/index.js';
import { logStoryChanges } from './log-story-changes.js';

function story(id: string, recordIds: string[], headline = `Headline of ${id}`): Story {
  return { id, recordIds, headline: { text: headline, citations: recordIds.slice(0, 1) } } as unknown as Story;
}
const EDITION = { id: 'ed-2', createdAt: '2026-12-01T00:00:00.000Z' };

describe('logStoryChanges', () => {
  it('logs a new story as created, with its records', () => {
    expect(logStoryChanges([], [story('s1', ['a', 'b'])], EDITION)).toEqual([
      { storyId: 's1', editionId: 'ed-2', at: EDITION.createdAt, kind: 'created', recordIds: ['a', 'b'], relatedStoryIds: [], detail: 'story created with 2 records' },
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
    const events = logStoryChanges([story('s1', ['a']), story('s2', ['b', 'c'])], [story('s1', ['a', 'b', 'c'])], EDITION);
    expect(events.map((event) => [event.storyId, event.kind, event.recordIds, event.relatedStoryIds])).toEqual([
      ['s1', 'merged', ['b', 'c'], ['s2']],
      ['s2', 'split', ['b', 'c'], ['s1']],
    ]);
  });

  it('logs nothing for a story that did not change', () => {
    expect(logStoryChanges([story('s1', ['a'])], [story('s1', ['a'])], EDITION)).toEqual([]);
  });
});
