import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { groupClaims, MAX_STORY_CLAIMS } from './group-claims.js';

const at = (day: number, hour = 9) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('groupClaims', () => {
  it('groups one figure stated in different words by two outlets as corroborated, with who stated it first', () => {
    const records = [
      makeRecord({
        externalId: 'forum-1',
        platform: 'forum',
        venue: 'Quarry Forum',
        publishedAt: at(3),
        text: 'Brackwater Mining says the Tolland mine will close with 420 jobs lost.',
      }),
      makeRecord({
        externalId: 'press-1',
        venue: 'Valley Post',
        publishedAt: at(4),
        text: 'Brackwater Mining will close its Tolland mine next spring, cutting 420 jobs.',
      }),
      makeRecord({
        externalId: 'press-2',
        venue: 'Ridge Times',
        publishedAt: at(4, 12),
        text: 'The weather in Tolland stayed dry for the harvest festival this weekend.',
      }),
    ];
    const [group] = groupClaims(records).filter((claim) => claim.recordIds.length > 1);
    expect(group?.status).toBe('corroborated');
    expect(group?.independentSources).toBe(2);
    expect(group?.recordIds).toEqual([records[0]!.id, records[1]!.id]);
    expect(group?.text).toBe('Brackwater Mining says the Tolland mine will close with 420 jobs lost.');
    expect(group?.timing.communityFirst?.recordId).toBe(records[0]!.id);
    expect(group?.timing.pressFirst?.recordId).toBe(records[1]!.id);
    expect(group?.timing.communityLeadHours).toBe(24);
  });

  it('counts a syndicated copy once: an original and its copy are one independent source', () => {
    const text =
      'Brackwater Mining will close its Tolland mine next spring, cutting 420 jobs, the company said on Monday. ' +
      'The mine opened in 1961 and produced copper for six decades before the ore grade fell.';
    const records = [
      makeRecord({ externalId: 'orig', venue: 'Valley Post', publishedAt: at(4), text }),
      makeRecord({
        externalId: 'copy',
        venue: 'Regional Wire',
        publishedAt: at(4, 15),
        text: `${text} This story originally appeared on Valley Post.`,
      }),
    ];
    const claim = groupClaims(records).find((group) => group.text.startsWith('Brackwater Mining will close'));
    expect(claim?.recordIds).toHaveLength(2);
    expect(claim?.independentSources).toBe(1);
    expect(claim?.status).toBe('single-source');
  });

  it('marks a figure slot given two values, one refuting the other, as disputed with both values', () => {
    const records = [
      makeRecord({
        externalId: 'vendor',
        venue: 'Kestrel Newsroom',
        publishedAt: at(3),
        text: 'The Vireo X90 uses a 256-bit memory bus.',
      }),
      makeRecord({
        externalId: 'bench',
        platform: 'forum',
        venue: 'Silicon Bench',
        publishedAt: at(5),
        text: 'The Vireo X90 straps show a 192-bit bus, not 256-bit.',
      }),
    ];
    const [group] = groupClaims(records);
    expect(group?.status).toBe('disputed');
    expect(group?.values.map((value) => value.surface)).toEqual(['256-bit', '192-bit']);
    expect(group?.recordIds).toEqual([records[0]!.id, records[1]!.id]);
    expect(group?.correctedBy).toBeNull();
  });

  it('marks a disputed figure corrected when the source that gave the first value later gives the other', () => {
    const records = [
      makeRecord({
        externalId: 'ledger-1',
        venue: 'Harbor Ledger',
        publishedAt: at(17),
        text: 'Harbor City council will keep plate data for 90 days.',
      }),
      makeRecord({
        externalId: 'ledger-2',
        venue: 'Harbor Ledger',
        publishedAt: at(18),
        text: 'Harbor City council approved keeping plate data for 365 days, not 90.',
      }),
      makeRecord({
        externalId: 'toot',
        platform: 'mastodon',
        venue: 'harbor.social',
        publishedAt: at(18, 12),
        text: 'Harbor City says 90 days for plate data, that seems fine.',
      }),
    ];
    const [group] = groupClaims(records);
    expect(group?.status).toBe('corrected');
    expect(group?.correctedBy?.recordId).toBe(records[1]!.id);
    expect(group?.values.map((value) => value.value)).toEqual(['90', '365']);
  });

  it('keeps two members of one community who disagree a dispute, not a correction', () => {
    const records = [
      makeRecord({
        externalId: 'p1',
        platform: 'reddit',
        venue: 'r/hardware',
        author: 'u/first',
        publishedAt: at(3),
        text: 'The Vireo X90 has a 256-bit bus, says the spec sheet.',
      }),
      makeRecord({
        externalId: 'p2',
        platform: 'reddit',
        venue: 'r/hardware',
        author: 'u/second',
        publishedAt: at(4),
        text: 'The Vireo X90 straps say 192-bit, not 256-bit.',
      }),
      makeRecord({
        externalId: 'p3',
        platform: 'reddit',
        venue: 'r/hardware',
        author: 'u/third',
        publishedAt: at(5),
        text: 'If the Vireo X90 bus is 192-bit I want a refund.',
      }),
    ];
    const [group] = groupClaims(records);
    expect(group?.status).toBe('disputed');
  });

  it('takes two records asserting different values of one slot for a dispute, with no sentence contrasting them', () => {
    const records = [
      makeRecord({
        externalId: 'a',
        venue: 'Valley Post',
        publishedAt: at(4),
        text: 'Brackwater Mining reported revenue of $2.41 billion for the quarter.',
      }),
      makeRecord({
        externalId: 'b',
        venue: 'Ridge Times',
        publishedAt: at(4, 10),
        text: 'Brackwater Mining reported revenue of $1.37 billion for the quarter.',
      }),
    ];
    const groups = groupClaims(records);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.status).toBe('disputed');
    expect(groups[0]!.values.map((value) => value.value)).toEqual(['2.41', '1.37']);
  });

  it('keeps a 5,000-comment thread to a bounded list of claims', () => {
    const records = Array.from({ length: 5_000 }, (_, index) =>
      makeRecord({
        externalId: `c${index}`,
        platform: 'reddit',
        venue: 'r/mining',
        publishedAt: at(5),
        text: `Brackwater Mining paid ${index} dollars per ton in royalties, reader ${index} wrote.`,
      }),
    );
    const groups = groupClaims(records);
    expect(groups.length).toBeLessThanOrEqual(MAX_STORY_CLAIMS);
    expect(groups.length).toBeGreaterThan(0);
  });

  it('gives nothing for records with no claims', () => {
    expect(groupClaims([makeRecord({ externalId: 'x', platform: 'reddit', text: 'lol' })])).toEqual([]);
    expect(groupClaims([])).toEqual([]);
  });
});
