import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { gpuAndEarnings } from './__fixtures__/gpu-and-earnings.js';
import { clusterStories, isPublishableCluster } from './cluster-stories.js';
import { storyIdFor } from './story-id.js';

const venuesOf = (ids: string[], records: SourceRecord[]) =>
  ids.map((id) => records.find((record) => record.id === id)!.venue);

describe('clusterStories', () => {
  it('separates a product dispute from the same company’s earnings', () => {
    const fixture = gpuAndEarnings();
    const clusters = clusterStories(fixture.all);
    expect(clusters).toHaveLength(2);
    expect(new Set(venuesOf(clusters[0]!.recordIds, fixture.all))).toEqual(
      new Set(['Silicon Bench forum', 'r/hardware', 'The Daily Circuit']),
    );
    expect(new Set(venuesOf(clusters[1]!.recordIds, fixture.all))).toEqual(new Set(['Market Ledger', 'r/stocks']));
  });

  it('puts comments in their thread’s story even when they share no words with it', () => {
    const fixture = gpuAndEarnings();
    const [dispute] = clusterStories(fixture.all);
    for (const comment of fixture.redditComments) expect(dispute!.recordIds).toContain(comment.id);
  });

  it('names a story after its earliest root record, whatever the input order', () => {
    const fixture = gpuAndEarnings();
    const forward = clusterStories(fixture.all);
    const backward = clusterStories([...fixture.all].reverse());
    const shuffled = clusterStories([
      fixture.all[4]!,
      fixture.all[1]!,
      fixture.all[6]!,
      fixture.all[0]!,
      fixture.all[3]!,
      fixture.all[5]!,
      fixture.all[2]!,
    ]);
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
    expect(forward[0]!.id).toBe(storyIdFor(fixture.forumPost.id));
    expect(forward[1]!.id).toBe(storyIdFor(fixture.earningsReport.id));
    expect(forward[0]!.id).toMatch(/^story-[0-9a-f]{12}$/);
  });

  it('lists records oldest first and sorts stories by size', () => {
    const fixture = gpuAndEarnings();
    const [dispute, earnings] = clusterStories(fixture.all);
    expect(dispute!.recordIds[0]).toBe(fixture.forumPost.id);
    expect(dispute!.recordIds.at(-1)).toBe(fixture.pressReport.id);
    expect(dispute!.recordIds.length).toBeGreaterThan(earnings!.recordIds.length);
  });

  it('never merges on a shared company name alone, even at a low threshold', () => {
    const { pressReport, earningsReport } = gpuAndEarnings();
    expect(clusterStories([pressReport, earningsReport], { threshold: 0.01, contentFloor: 0 })).toHaveLength(1);
    expect(clusterStories([pressReport, earningsReport], { threshold: 0.01 })).toHaveLength(2);
  });

  it('keeps identical reports apart when they are further apart in time than the window', () => {
    const text = 'Northline Rail cuts forty weekday trains from its winter timetable, citing driver shortages.';
    const early = makeRecord({ externalId: 'early', venue: 'A', publishedAt: '2026-01-01T00:00:00Z', text });
    const late = makeRecord({ externalId: 'late', venue: 'B', publishedAt: '2026-03-01T00:00:00Z', text });
    expect(clusterStories([early, late])).toHaveLength(2);
    expect(clusterStories([early, late], { windowDays: null })).toHaveLength(1);
  });

  it('returns a single record as its own cluster and nothing for no records', () => {
    const alone = makeRecord({ externalId: 'alone', text: 'A marathon drew a record field.' });
    expect(clusterStories([alone])).toEqual([{ id: storyIdFor(alone.id), recordIds: [alone.id] }]);
    expect(clusterStories([])).toEqual([]);
  });
});

describe('isPublishableCluster', () => {
  it('needs three records from two venues', () => {
    const fixture = gpuAndEarnings();
    const [dispute, earnings] = clusterStories(fixture.all);
    const byId = new Map(fixture.all.map((record) => [record.id, record]));
    expect(isPublishableCluster(dispute!, byId)).toBe(true);
    expect(isPublishableCluster(earnings!, fixture.all)).toBe(false);
    const redditOnly = {
      id: 'story-x',
      recordIds: [fixture.redditPost.id, ...fixture.redditComments.map((record) => record.id)],
    };
    expect(isPublishableCluster(redditOnly, byId)).toBe(false);
  });
});
