import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { groupClaims } from './group-claims.js';

const at = (day: number, hour = 9) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('groupClaims with publisher families', () => {
  const family = { name: 'Valley Media Group', venues: ['Valley Post', 'Ridge Times'], hosts: [] };
  const claimOf = (records: ReturnType<typeof makeRecord>[], families = [family]) =>
    groupClaims(records, new Map(), families).find((group) => group.recordIds.length > 1);

  it('does not call a claim corroborated when only two outlets of one family state it', () => {
    const records = [
      makeRecord({
        externalId: 'post',
        venue: 'Valley Post',
        publishedAt: at(4),
        text: 'Brackwater Mining will close its Tolland mine next spring, cutting 420 jobs.',
      }),
      makeRecord({
        externalId: 'ridge',
        venue: 'Ridge Times',
        publishedAt: at(4, 12),
        text: 'Brackwater Mining says the Tolland mine will close with 420 jobs lost.',
      }),
    ];
    expect(claimOf(records, [])).toMatchObject({ status: 'corroborated', independentSources: 2 });
    expect(claimOf(records)).toMatchObject({ status: 'single-source', independentSources: 1 });
  });

  it('counts the family once beside an independent outlet', () => {
    const records = [
      makeRecord({
        externalId: 'post',
        venue: 'Valley Post',
        publishedAt: at(4),
        text: 'Brackwater Mining will close its Tolland mine next spring, cutting 420 jobs.',
      }),
      makeRecord({
        externalId: 'ridge',
        venue: 'Ridge Times',
        publishedAt: at(4, 12),
        text: 'Brackwater Mining says the Tolland mine will close with 420 jobs lost.',
      }),
      makeRecord({
        externalId: 'forum',
        platform: 'forum',
        venue: 'Quarry Forum',
        publishedAt: at(5),
        text: 'So Brackwater Mining will close the Tolland mine and 420 jobs go.',
      }),
    ];
    const claim = claimOf(records);
    expect(claim?.recordIds).toHaveLength(3);
    expect(claim).toMatchObject({ status: 'corroborated', independentSources: 2 });
  });

  it('keeps a sister outlet giving another figure a dispute, not a correction of its own', () => {
    const records = [
      makeRecord({
        externalId: 'post',
        venue: 'Valley Post',
        publishedAt: at(4),
        text: 'Brackwater Mining will close its Tolland mine, cutting 420 jobs.',
      }),
      makeRecord({
        externalId: 'ridge',
        venue: 'Ridge Times',
        publishedAt: at(5),
        text: 'Brackwater Mining will close its Tolland mine, cutting 380 jobs, not 420.',
      }),
    ];
    const disputed = groupClaims(records, new Map(), [family]).find((group) => group.values.length === 2);
    expect(disputed?.status).toBe('disputed');
  });
});
