/**
 * Minimal stories and editions for the store contract: just enough of each to round-trip.
 */
import type { Edition, Story } from '../../model/index.js';

const UPDATED_AT = '2026-11-30T12:00:00.000Z';

/** A story of one section whose headline cites the first record and whose section cites them all. */
export function storyCiting(id: string, editionId: string, recordIds: string[]): Story {
  const sentence = { text: `Story ${id}.`, citations: recordIds.slice(0, 1) };
  return {
    id, editionId, headline: sentence, dek: sentence,
    sections: [{ title: 'A section', sentences: [{ text: 'More.', citations: recordIds }] }],
    quotes: [], storySoFar: [], faq: [], related: [],
    methodology: {
      recordCount: recordIds.length, pressCount: recordIds.length, communityCount: 0, weights: [],
      engine: { name: 'test', version: '0' }, thresholds: {}, sentencesDropped: 0, statements: ['No human editorial judgment was applied.'],
    },
    timing: { communityFirst: null, pressFirst: null, communityLeadHours: null },
    recordIds, updatedAt: UPDATED_AT, kindCounts: { press: recordIds.length, community: 0 }, citedDigests: {}, changelog: [], claims: [], recordWeights: [],
  };
}

export function editionOf(id: string, createdAt: string, stories: Story[]): Edition {
  return {
    id, createdAt, engine: { name: 'test', version: '0' }, storyIds: stories.map((story) => story.id),
    recordIds: [...new Set(stories.flatMap((story) => story.recordIds))],
    stats: { records: 0, stories: stories.length, sentencesPublished: 0, sentencesDropped: 0 }, drops: [],
  };
}
