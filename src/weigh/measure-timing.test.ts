import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { measureTiming } from './measure-timing.js';

const forum = makeRecord({
  platform: 'forum',
  externalId: 'forum',
  venue: 'Silicon Bench forum',
  publishedAt: '2026-11-05T21:40:00.000Z',
});
const reddit = makeRecord({
  platform: 'reddit',
  externalId: 'reddit',
  venue: 'r/hardware',
  publishedAt: '2026-11-06T09:15:00.000Z',
});
const press = makeRecord({
  platform: 'feed',
  externalId: 'press',
  venue: 'The Daily Circuit',
  publishedAt: '2026-11-07T14:00:00.000Z',
});

describe('measureTiming', () => {
  it('gives a positive lead in hours when the community was first', () => {
    const timing = measureTiming([press, reddit, forum]);
    expect(timing.communityFirst).toEqual({
      recordId: forum.id,
      platform: 'forum',
      venue: 'Silicon Bench forum',
      at: '2026-11-05T21:40:00.000Z',
    });
    expect(timing.pressFirst?.recordId).toBe(press.id);
    expect(timing.communityLeadHours).toBe(40.3);
  });

  it('gives a negative lead when the press was first', () => {
    const early = makeRecord({ platform: 'feed', externalId: 'early', publishedAt: '2026-11-05T12:00:00.000Z' });
    expect(measureTiming([forum, early]).communityLeadHours).toBe(-9.7);
  });

  it('falls back to the fetch time when a record has no publication time', () => {
    const undated = makeRecord({
      platform: 'feed',
      externalId: 'undated',
      publishedAt: null,
      fetchedAt: '2026-11-05T22:40:00.000Z',
    });
    const timing = measureTiming([forum, undated]);
    expect(timing.pressFirst?.at).toBe('2026-11-05T22:40:00.000Z');
    expect(timing.communityLeadHours).toBe(1);
  });

  it('gives null when one side is absent', () => {
    expect(measureTiming([forum, reddit])).toMatchObject({ pressFirst: null, communityLeadHours: null });
    expect(measureTiming([press])).toMatchObject({ communityFirst: null, communityLeadHours: null });
    expect(measureTiming([])).toEqual({ communityFirst: null, pressFirst: null, communityLeadHours: null });
  });
});
