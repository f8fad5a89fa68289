import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { gpuAndEarnings } from '../cluster/__fixtures__/gpu-and-earnings.js';
import { UNCORROBORATED_FACTOR } from './corroboration-factor.js';
import { COPY_ORIGINALITY } from './originality-factor.js';
import { KIND_BASELINE, weighSources } from './weigh-sources.js';

const factor = (weight: { factors: Array<{ name: string; value: number }> } | undefined, name: string) =>
  weight?.factors.find((entry) => entry.name === name)?.value;

describe('weighSources', () => {
  it('gives one entry per venue with checkable factors and a top weight of 1', () => {
    const fixture = gpuAndEarnings();
    const records = [fixture.forumPost, fixture.redditPost, ...fixture.redditComments, fixture.pressReport];
    const weights = weighSources(records);
    expect(weights.map((weight) => weight.venue).sort()).toEqual([
      'Silicon Bench forum',
      'The Daily Circuit',
      'r/hardware',
    ]);
    expect(weights[0]!.weight).toBe(1);
    for (const weight of weights) {
      expect(weight.factors.map((entry) => entry.name)).toEqual([
        'kind',
        'engagement',
        'originality',
        'corroboration',
        'track record',
      ]);
      for (const entry of weight.factors) expect(entry.note.length).toBeGreaterThan(0);
      const product = weight.factors.reduce((value, entry) => value * entry.value, 1);
      expect(weight.weight).toBeCloseTo(
        product / Math.max(...weights.map((w) => w.factors.reduce((v, e) => v * e.value, 1))),
        2,
      );
    }
    const reddit = weights.find((weight) => weight.venue === 'r/hardware')!;
    expect(reddit).toMatchObject({ platform: 'reddit', kind: 'community', recordCount: 3 });
    expect(factor(reddit, 'kind')).toBe(KIND_BASELINE.community);
    expect(
      factor(
        weights.find((weight) => weight.venue === 'The Daily Circuit'),
        'kind',
      ),
    ).toBe(KIND_BASELINE.press);
  });

  it('scores engagement against the story median and leaves unreported engagement neutral', () => {
    const fixture = gpuAndEarnings();
    const weights = weighSources([
      fixture.forumPost,
      fixture.redditPost,
      ...fixture.redditComments,
      fixture.pressReport,
    ]);
    const forum = factor(
      weights.find((weight) => weight.venue === 'Silicon Bench forum'),
      'engagement',
    )!;
    const reddit = factor(
      weights.find((weight) => weight.venue === 'r/hardware'),
      'engagement',
    )!;
    expect(reddit).toBeGreaterThan(forum);
    expect(
      factor(
        weights.find((weight) => weight.venue === 'The Daily Circuit'),
        'engagement',
      ),
    ).toBe(1);
  });

  it('weights a verbatim syndicated copy down and does not count it as corroboration', () => {
    const text =
      'Northline Rail will run forty fewer weekday trains from December, its winter timetable shows. The operator blamed a shortage of qualified drivers and said the cuts would last until March.';
    const wire = makeRecord({
      externalId: 'wire',
      venue: 'Regional Wire',
      publishedAt: '2026-11-20T06:00:00Z',
      title: 'Northline Rail cuts forty weekday trains',
      text,
    });
    const copy = makeRecord({
      externalId: 'courier',
      venue: 'Coastal Courier',
      publishedAt: '2026-11-20T09:00:00Z',
      title: 'Northline Rail cuts forty weekday trains',
      text,
    });
    const forum = makeRecord({
      platform: 'forum',
      externalId: 'commuters',
      venue: 'Commuter forum',
      publishedAt: '2026-11-19T07:25:00Z',
      text: 'The new winter timetable drops forty weekday trains on Northline Rail. Drivers shortage again, cuts until March apparently.',
    });
    const weights = weighSources([wire, copy, forum]);
    const courier = weights.find((weight) => weight.venue === 'Coastal Courier')!;
    const original = weights.find((weight) => weight.venue === 'Regional Wire')!;
    expect(factor(courier, 'originality')).toBe(COPY_ORIGINALITY);
    expect(courier.factors.find((entry) => entry.name === 'originality')!.note).toContain('Regional Wire');
    expect(courier.weight).toBeLessThan(original.weight);
    expect(original.factors.find((entry) => entry.name === 'corroboration')!.note).toBe(
      'shares key terms with 1 of 1 other independent venues',
    );
  });

  it('returns nothing for no records', () => {
    expect(weighSources([])).toEqual([]);
  });
});

describe('weighSources track record', () => {
  it('lowers a venue whose disputed figure the other venues contradict, and raises those borne out', () => {
    const records = [
      makeRecord({
        externalId: 'vendor',
        platform: 'web',
        venue: 'Vendor Newsroom',
        text: 'The card has a 256-bit memory bus and ships in November.',
      }),
      makeRecord({
        externalId: 'forum',
        platform: 'forum',
        venue: 'Bench Forum',
        text: 'The firmware says the memory bus is 192-bit, not 256-bit.',
      }),
      makeRecord({
        externalId: 'wire',
        platform: 'feed',
        venue: 'Circuit Wire',
        text: 'Testers found a 192-bit memory bus on the card that ships in November.',
      }),
      makeRecord({
        externalId: 'reddit',
        platform: 'reddit',
        venue: 'r/hardware',
        text: 'Confirmed: 192-bit memory bus on my sample of the card.',
      }),
    ];
    const factor = (venue: string) =>
      weighSources(records)
        .find((weight) => weight.venue === venue)!
        .factors.find((each) => each.name === 'track record')!;
    expect(factor('Vendor Newsroom')).toMatchObject({
      value: 0.75,
      note: expect.stringContaining('stated 256-bit, settled as wrong (3 venues against 1) for 192-bit'),
    });
    expect(factor('Circuit Wire').value).toBeGreaterThan(1);
  });
});

describe('weighSources with publisher families', () => {
  const family = { name: 'Northline Media', venues: ['Northline Herald'], hosts: ['eveningpost.example'] };
  const records = () => [
    makeRecord({
      externalId: 'herald',
      venue: 'Northline Herald',
      publishedAt: '2026-11-20T06:00:00Z',
      text: 'Northline Rail will run forty fewer weekday trains from December, blaming a shortage of qualified drivers.',
    }),
    makeRecord({
      externalId: 'post',
      venue: 'Evening Post',
      url: 'https://eveningpost.example/rail',
      publishedAt: '2026-11-20T08:00:00Z',
      text: 'A shortage of qualified drivers means Northline Rail runs forty fewer weekday trains from December.',
    }),
  ];
  const corroboration = (weights: ReturnType<typeof weighSources>, venue: string) =>
    weights.find((weight) => weight.venue === venue)!.factors.find((entry) => entry.name === 'corroboration')!;

  it('does not let a sister outlet corroborate, and names the family in the note', () => {
    const alone = corroboration(weighSources(records()), 'Northline Herald');
    expect(alone.note).toBe('shares key terms with 1 of 1 other independent venues');
    const herald = corroboration(weighSources(records(), new Map(), [family]), 'Northline Herald');
    expect(herald.value).toBe(UNCORROBORATED_FACTOR);
    expect(herald.note).toBe(
      "no other independent venue in the story; counted with Evening Post: same publisher family 'Northline Media'",
    );
  });

  it('counts two sister outlets backing a third venue as one voice', () => {
    const forum = makeRecord({
      externalId: 'forum',
      platform: 'forum',
      venue: 'Commuter forum',
      publishedAt: '2026-11-20T09:00:00Z',
      text: 'Forty fewer weekday trains on Northline Rail from December, they blame a shortage of qualified drivers.',
    });
    const weights = weighSources([...records(), forum], new Map(), [family]);
    const note = corroboration(weights, 'Commuter forum').note;
    expect(note).toContain('shares key terms with 1 of 1 other independent venues');
    expect(note).toContain("Northline Herald counted with Evening Post: same publisher family 'Northline Media'");
  });
});
