import { describe, expect, it } from 'vitest';
import { findStorylines } from './find-storylines.js';
import type { ClusterRelation } from './story-cluster.js';

const clusters = ['story-a', 'story-b', 'story-c', 'story-d'].map((id) => ({ id, recordIds: [] }));
const startedAt = new Map([
  ['story-a', 3],
  ['story-b', 1],
  ['story-c', 2],
  ['story-d', 4],
]);

describe('findStorylines', () => {
  it('joins stories linked by follow-up or background, through each other, oldest first', () => {
    const relations: ClusterRelation[] = [
      { from: 'story-b', to: 'story-c', relation: 'follow-up', score: 0.3 },
      { from: 'story-a', to: 'story-c', relation: 'background', score: 0.2 },
      { from: 'story-a', to: 'story-d', relation: 'same-entity', score: 0.05 },
    ];
    const storylines = findStorylines(clusters, relations, startedAt);
    expect(storylines.get('story-a')).toEqual(storylines.get('story-b'));
    expect(storylines.get('story-a')!.storyIds).toEqual(['story-b', 'story-c', 'story-a']);
    expect(storylines.get('story-a')!.id).toMatch(/^storyline-[0-9a-f]{12}$/);
    expect(storylines.has('story-d')).toBe(false);
  });

  it('makes no storyline from similar stories alone', () => {
    expect(
      findStorylines(clusters, [{ from: 'story-a', to: 'story-b', relation: 'similar', score: 0.4 }], startedAt).size,
    ).toBe(0);
  });
});
