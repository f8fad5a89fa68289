import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { enrichRecord } from '../enrich/enrich-record.js';
import { gpuAndEarnings } from './__fixtures__/gpu-and-earnings.js';
import { clusterStories } from './cluster-stories.js';
import { FOLLOW_UP_SIMILARITY, relateStories } from './relate-stories.js';

describe('relateStories', () => {
  it('relates the same company’s unrelated news as same-entity, both ways', () => {
    const fixture = gpuAndEarnings();
    const [dispute, earnings] = clusterStories(fixture.all);
    const relations = relateStories([dispute!, earnings!], fixture.all);
    expect(relations).toHaveLength(2);
    expect(relations[0]).toMatchObject({ from: dispute!.id, to: earnings!.id, relation: 'same-entity' });
    expect(relations[1]).toMatchObject({ from: earnings!.id, to: dispute!.id, relation: 'same-entity' });
    expect(relations[0]!.score).toBeLessThan(FOLLOW_UP_SIMILARITY);
  });

  it('gives the same scores from stored term counts as from the texts, and reads no text for them', () => {
    const fixture = gpuAndEarnings();
    const clusters = clusterStories(fixture.all);
    const stored = new Map(fixture.all.map((record) => [record.id, enrichRecord(record)]));
    const fromTexts = relateStories(clusters, fixture.all);
    const blanked = fixture.all.map((record) => ({ ...record, text: '', title: record.title }));
    const fromStored = relateStories(clusters, blanked, {
      featuresOf: (record) => stored.get(record.id),
      entitiesOf: (record) => stored.get(record.id)!.entities,
    });
    expect(fromStored.map(({ from, to, score }) => [from, to, score])).toEqual(
      fromTexts.map(({ from, to, score }) => [from, to, score]),
    );
  });

  it('marks a later, similar story as a follow-up, and from it the earlier one as background', () => {
    const fixture = gpuAndEarnings();
    const recall = makeRecord({
      externalId: 'recall',
      venue: 'The Daily Circuit',
      publishedAt: '2026-11-20T10:00:00.000Z',
      title: 'Vireo X90 refunds begin over the 192-bit memory bus',
      text: 'Retailers began refunding the Vireo X90 after its VBIOS showed a 192-bit memory bus and 672 GB/s of bandwidth.',
    });
    const records = [...fixture.all, recall];
    const clusters = clusterStories(records);
    const dispute = clusters.find((cluster) => cluster.recordIds.includes(fixture.forumPost.id))!;
    const follow = clusters.find((cluster) => cluster.recordIds.includes(recall.id))!;
    expect(follow.id).not.toBe(dispute.id);
    const relations = relateStories(clusters, records);
    expect(relations.find((relation) => relation.from === dispute.id && relation.to === follow.id)?.relation).toBe(
      'follow-up',
    );
    expect(relations.find((relation) => relation.from === follow.id && relation.to === dispute.id)?.relation).toBe(
      'background',
    );
  });

  it('leaves unrelated stories unlinked', () => {
    const marathon = makeRecord({
      externalId: 'marathon',
      venue: 'Observer',
      title: 'Marathon draws record field',
      text: 'Runners crowded the start line.',
    });
    const library = makeRecord({
      externalId: 'library',
      venue: 'Ledger',
      title: 'Library branch opens',
      text: 'The branch holds sixty thousand books.',
    });
    const clusters = clusterStories([marathon, library]);
    expect(relateStories(clusters, [marathon, library])).toEqual([]);
  });

  describe('with stored entities', () => {
    const marathon = makeRecord({
      externalId: 'marathon',
      venue: 'Observer',
      title: 'Marathon draws record field',
      text: 'Runners crowded the start line.',
    });
    const library = makeRecord({
      externalId: 'library',
      venue: 'Ledger',
      title: 'Library branch opens',
      text: 'The branch holds sixty thousand books.',
    });
    const named = (text: string, inTitle: number): EntityMention => ({
      text,
      count: 1,
      inTitle,
      type: 'organisation',
      cues: { person: 0, speech: 0, organisation: 0, place: 0 },
    });

    it('relates the same company’s news as same-entity from the records’ enrichments', () => {
      const fixture = gpuAndEarnings();
      const enrichments = new Map(fixture.all.map((record) => [record.id, enrichRecord(record)]));
      const [dispute, earnings] = clusterStories(fixture.all);
      const relations = relateStories([dispute!, earnings!], fixture.all, {
        entitiesOf: (record) => enrichments.get(record.id)?.entities,
      });
      expect(relations.map((relation) => relation.relation)).toEqual(['same-entity', 'same-entity']);
      // A record without stored entities is read afresh: the same relations.
      expect(relateStories([dispute!, earnings!], fixture.all, { entitiesOf: () => undefined })).toEqual(relations);
    });

    it('names stories by the stored title entities, not by re-reading the titles', () => {
      const clusters = clusterStories([marathon, library]);
      const stored = new Map([
        [marathon.id, [named('Kestrel', 1)]],
        [library.id, [named('Kestrel', 1)]],
      ]);
      const relations = relateStories(clusters, [marathon, library], { entitiesOf: (record) => stored.get(record.id) });
      expect(relations.map((relation) => relation.relation)).toEqual(['same-entity', 'same-entity']);
      const inTextOnly = new Map([
        [marathon.id, [named('Kestrel', 0)]],
        [library.id, [named('Kestrel', 0)]],
      ]);
      expect(
        relateStories(clusters, [marathon, library], { entitiesOf: (record) => inTextOnly.get(record.id) }),
      ).toEqual([]);
    });

    it('joins a short form to its full name through the gazetteer', () => {
      const clusters = clusterStories([marathon, library]);
      const stored = new Map([
        [marathon.id, [named('Kestrel', 1), named('Kestrel Semiconductor', 0)]],
        [library.id, [named('Kestrel Semiconductor', 1)]],
      ]);
      const relations = relateStories(clusters, [marathon, library], { entitiesOf: (record) => stored.get(record.id) });
      expect(relations.map((relation) => relation.relation)).toEqual(['same-entity', 'same-entity']);
      const apart = new Map([
        [marathon.id, [named('Kestrel', 1)]],
        [library.id, [named('Kestrel Semiconductor', 1)]],
      ]);
      expect(relateStories(clusters, [marathon, library], { entitiesOf: (record) => apart.get(record.id) })).toEqual(
        [],
      );
    });
  });
});
