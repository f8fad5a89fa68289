import { describe, expect, it } from 'vitest';
import type { ClaimGroup } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { UNCORROBORATED_FACTOR } from './corroboration-factor.js';
import { COPY_ORIGINALITY } from './originality-factor.js';
import { engagementBaselines, RECENCY_FLOOR, weighRecords } from './weigh-records.js';
import { groupClaims } from './group-claims.js';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z`;
const factor = (weights: ReturnType<typeof weighRecords>, id: string, name: string) =>
  weights.find((weight) => weight.recordId === id)!.factors.find((each) => each.name === name)!;

describe('weighRecords', () => {
  it('names all five factors and multiplies them into the weight', () => {
    const record = makeRecord({
      externalId: 'a',
      venue: 'Valley Post',
      publishedAt: at(3),
      text: 'Brackwater Mining will close the Tolland mine.',
    });
    const [weight] = weighRecords([record], [], new Map());
    expect(weight!.factors.map((each) => each.name)).toEqual([
      'independence',
      'engagement',
      'source kind',
      'corroboration',
      'recency',
    ]);
    expect(weight!.weight).toBeCloseTo(
      weight!.factors.reduce((product, each) => product * each.value, 1),
      3,
    );
    expect(factor([weight!], record.id, 'corroboration').value).toBe(UNCORROBORATED_FACTOR);
  });

  it('counts a syndicated copy once: the copy carries the copy factor and names its original', () => {
    const text =
      'Brackwater Mining will close its Tolland mine next spring, cutting 420 jobs, the company said on Monday. The mine opened in 1961 and produced copper for six decades.';
    const original = makeRecord({ externalId: 'o', venue: 'Valley Post', publishedAt: at(3), text });
    const copy = makeRecord({ externalId: 'c', venue: 'Regional Wire', publishedAt: at(4), text });
    const weights = weighRecords([original, copy], [], new Map());
    expect(factor(weights, original.id, 'independence').value).toBe(1);
    expect(factor(weights, copy.id, 'independence').value).toBe(COPY_ORIGINALITY);
    expect(factor(weights, copy.id, 'independence').note).toContain('Valley Post');
  });

  it("reads engagement against the record's own community: 40 points in a small forum outweighs 400 on a big subreddit", () => {
    const forum = Array.from({ length: 5 }, (_, index) =>
      makeRecord({
        externalId: `f${index}`,
        platform: 'forum',
        venue: 'Quarry Forum',
        publishedAt: at(10),
        engagement: { score: 5 },
        text: `post ${index}`,
      }),
    );
    const reddit = Array.from({ length: 5 }, (_, index) =>
      makeRecord({
        externalId: `r${index}`,
        platform: 'reddit',
        venue: 'r/news',
        publishedAt: at(10),
        engagement: { score: 4000 },
        text: `post ${index}`,
      }),
    );
    const loudForum = makeRecord({
      externalId: 'f-hot',
      platform: 'forum',
      venue: 'Quarry Forum',
      publishedAt: at(11),
      engagement: { score: 40 },
      text: 'hot forum post',
    });
    const quietReddit = makeRecord({
      externalId: 'r-cold',
      platform: 'reddit',
      venue: 'r/news',
      publishedAt: at(11),
      engagement: { score: 400 },
      text: 'cold reddit post',
    });
    const baselines = engagementBaselines([...forum, ...reddit, loudForum, quietReddit], at(12));
    const weights = weighRecords([loudForum, quietReddit], [], baselines);
    expect(factor(weights, loudForum.id, 'engagement').value).toBeGreaterThan(1);
    expect(factor(weights, quietReddit.id, 'engagement').value).toBeLessThan(1);
    expect(factor(weights, loudForum.id, 'engagement').note).toContain('median of 5');
  });

  it("raises corroboration with the independent sources of the record's claims, and lowers old records to a floor", () => {
    const early = makeRecord({
      externalId: 'e',
      venue: 'Valley Post',
      publishedAt: '2026-09-01T00:00:00.000Z',
      text: 'first',
    });
    const late = makeRecord({
      externalId: 'l',
      platform: 'reddit',
      venue: 'r/mining',
      publishedAt: at(20),
      text: 'second',
    });
    const claim = { recordIds: [early.id, late.id], independentSources: 3 } as ClaimGroup;
    const weights = weighRecords([early, late], [claim], new Map());
    expect(factor(weights, early.id, 'corroboration').value).toBe(1);
    expect(factor(weights, early.id, 'recency').value).toBe(RECENCY_FLOOR);
    expect(factor(weights, late.id, 'recency').value).toBe(1);
  });
});

describe('weighRecords with publisher families', () => {
  it('scores two sister outlets stating one claim as uncorroborated and names the family in their notes', () => {
    const family = { name: 'Valley Media Group', venues: ['Valley Post', 'Ridge Times'], hosts: [] };
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
        publishedAt: at(5),
        text: 'Brackwater Mining says the Tolland mine will close with 420 jobs lost.',
      }),
    ];
    const claims = groupClaims(records, new Map(), [family]);
    const weights = weighRecords(records, claims, new Map(), new Map(), [family]);
    const corroboration = factor(weights, records[0]!.id, 'corroboration');
    expect(corroboration.value).toBe(UNCORROBORATED_FACTOR);
    expect(corroboration.note).toBe(
      "no claim it makes is carried by another independent source; counted with Ridge Times: same publisher family 'Valley Media Group'",
    );
    expect(factor(weights, records[1]!.id, 'independence').note).toContain(
      "counted with Valley Post: same publisher family 'Valley Media Group'",
    );

    const independent = weighRecords(records, groupClaims(records, new Map()), new Map(), new Map());
    expect(factor(independent, records[0]!.id, 'corroboration').value).toBeGreaterThan(UNCORROBORATED_FACTOR);
  });
});
