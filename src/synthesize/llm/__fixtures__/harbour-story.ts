/**
 * A small invented story (a harbour budget vote: a Reddit thread and a press report) and a model
 * answer about it in the draft schema, citing records by handle, for the LLM engine's tests.
 */
import type { SourceRecord } from '../../../model/index.js';
import { makeRecord } from '../../../model/__fixtures__/make-record.js';
import type { EditorialInput } from '../../editorial-model.js';
import type { ModelDraft } from '../draft-schema.js';

export function harbourRecords(): SourceRecord[] {
  const thread = makeRecord({
    platform: 'reddit', externalId: 't3_budget', venue: 'r/harbourcity', author: 'u/portwatcher', title: 'Council passes the harbour budget 7-2',
    text: 'The council passed the harbour budget 7-2 on Tuesday night. The ferry keeps running through the winter.', publishedAt: '2026-11-18T09:00:00.000Z',
  });
  return [
    thread,
    makeRecord({
      platform: 'feed', externalId: 'https://harbourpost.example/budget', venue: 'The Harbour Post', author: 'Ines Carvalho',
      title: 'Council approves harbour budget, keeps winter ferry', publishedAt: '2026-11-18T15:00:00.000Z',
      text: 'The council approved the harbour budget by seven votes to two on Tuesday. The budget funds two lifeguard posts on the north beach.',
    }),
  ];
}

export function harbourInput(records: SourceRecord[] = harbourRecords()): EditorialInput {
  return { storyId: 'story-harbour', records, weights: [], timing: { communityFirst: null, pressFirst: null, communityLeadHours: 6 }, claims: [], related: [], history: [] };
}

/** A faithful answer: every sentence is what R1 (the thread) or R2 (the report) says. */
export function faithfulAnswer(overrides: Partial<ModelDraft> = {}): ModelDraft {
  return {
    headline: { text: 'r/harbourcity had the harbour budget vote six hours before The Harbour Post', cite: ['R1', 'R2'] },
    dek: { text: 'The Harbour Post reported that the council approved the harbour budget by seven votes to two on Tuesday.', cite: ['R2'] },
    sections: [
      { title: 'The thread had the result first', sentences: [{ text: 'A poster on r/harbourcity wrote that the council passed the harbour budget 7-2 on Tuesday night.', cite: ['R1'] }] },
      { title: 'The press confirmed it', sentences: [{ text: 'The Harbour Post reported that the budget funds two lifeguard posts on the north beach.', cite: ['R2'] }] },
      { title: 'The ferry stays', sentences: [{ text: 'A poster on r/harbourcity wrote that the ferry keeps running through the winter.', cite: ['R1'] }] },
    ],
    quotes: [{ handle: 'R1', quote: 'The ferry keeps running through the winter.', text: 'A poster on r/harbourcity put it plainly.' }],
    storySoFar: [{ text: 'The Harbour Post reported that the council approved the harbour budget by seven votes to two on Tuesday.', cite: ['R2'] }],
    faq: [],
    ...overrides,
  };
}
