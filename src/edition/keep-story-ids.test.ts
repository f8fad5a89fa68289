import { describe, expect, it } from 'vitest';
import type { Story } from '../model/index.js';
import { keepStoryIds } from './keep-story-ids.js';

function story(id: string, recordIds: string[]): Story {
  return { id, recordIds } as unknown as Story;
}

describe('keepStoryIds', () => {
  it('gives a cluster with a new id the id of the vanished story whose records it mostly holds', () => {
    const { clusters, kept } = keepStoryIds(
      [{ id: 'new', recordIds: ['older', 'a', 'b', 'c'] }],
      [story('old', ['a', 'b', 'c'])],
    );
    expect(clusters).toEqual([{ id: 'old', recordIds: ['older', 'a', 'b', 'c'] }]);
    expect([...kept]).toEqual([['old', 'new']]);
  });

  it('leaves a cluster alone when it holds only half of the vanished story', () => {
    const { clusters, kept } = keepStoryIds(
      [{ id: 'new', recordIds: ['a', 'b'] }],
      [story('old', ['a', 'b', 'c', 'd'])],
    );
    expect(clusters.map((cluster) => cluster.id)).toEqual(['new']);
    expect(kept.size).toBe(0);
  });

  it('never takes the id of a story that is still there, nor renames a story the previous edition had', () => {
    const previous = [story('s1', ['a', 'b', 'c']), story('s2', ['d'])];
    const { clusters } = keepStoryIds(
      [
        { id: 's1', recordIds: ['a'] },
        { id: 's3', recordIds: ['b', 'c'] },
        { id: 's2', recordIds: ['d'] },
      ],
      previous,
    );
    expect(clusters.map((cluster) => cluster.id)).toEqual(['s1', 's3', 's2']);
  });

  it('gives a vanished story id to one cluster only, the one holding most of it', () => {
    const { clusters } = keepStoryIds(
      [
        { id: 'n1', recordIds: ['a', 'b', 'x'] },
        { id: 'n2', recordIds: ['c', 'd', 'e'] },
      ],
      [story('old', ['a', 'c', 'd', 'e'])],
    );
    expect(clusters.map((cluster) => cluster.id)).toEqual(['n1', 'old']);
  });
});
