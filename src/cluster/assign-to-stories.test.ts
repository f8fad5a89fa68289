import { describe, expect, it } from 'vitest';
import { normalize, type SparseVector } from '../enrich/tfidf.js';
import { assignToStories, type AssignInput } from './assign-to-stories.js';
import { topTermsOf } from './top-terms-of.js';

const vector = (...terms: string[]): SparseVector => normalize(new Map(terms.map((term) => [term, 1])));
const rules = (full: SparseVector[], overrides: Partial<AssignInput> = {}): AssignInput => ({
  full,
  content: full,
  topTerms: full.map((vector) => topTermsOf(vector)),
  startedAt: full.map((_, index) => index * 1000),
  threshold: 0.3,
  contentFloor: 0,
  windowMs: null,
  ...overrides,
});

describe('assignToStories', () => {
  it('lets each unit join the story it fits best, or start one', () => {
    const units = [
      vector('rail', 'strike'),
      vector('plate', 'reader'),
      vector('rail', 'strike', 'union'),
      vector('plate', 'reader', 'council'),
    ];
    expect(assignToStories(rules(units))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('judges a story by the average of all it holds, so one bridging unit does not chain two subjects', () => {
    // 0 and 1 form a rail story; 2 shares one term with 1 only: cos 0.41 with 1, 0 with 0, average 0.2.
    const units = [
      vector('rail', 'strike'),
      vector('rail', 'strike', 'timetable'),
      vector('timetable', 'printing', 'press'),
    ];
    expect(assignToStories(rules(units))).toEqual([[0, 1], [2]]);
  });

  it('starts a new story when the best one began longer ago than the window', () => {
    const units = [vector('rail', 'strike'), vector('rail', 'strike')];
    expect(assignToStories(rules(units, { startedAt: [0, 10_000], windowMs: 5_000 }))).toEqual([[0], [1]]);
    expect(assignToStories(rules(units, { startedAt: [0, 10_000], windowMs: 20_000 }))).toEqual([[0, 1]]);
  });

  it('refuses a story below the content floor, however alike the names', () => {
    const units = [vector('kestrel', 'earnings'), vector('kestrel', 'recall')];
    const content = [vector('earnings'), vector('recall')];
    expect(assignToStories(rules(units, { content, contentFloor: 0.1, threshold: 0.2 }))).toEqual([[0], [1]]);
    expect(assignToStories(rules(units, { content, contentFloor: 0, threshold: 0.2 }))).toEqual([[0, 1]]);
  });

  it('gives nothing for no units', () => {
    expect(assignToStories(rules([]))).toEqual([]);
  });
});
