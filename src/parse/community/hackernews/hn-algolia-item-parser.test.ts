import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { hnAlgoliaItemParser } from './hn-algolia-item-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

describe('hnAlgoliaItemParser', () => {
  const result = hnAlgoliaItemParser.parse(payloadFromFile(path.join(FIXTURES, 'algolia-item.json')));
  const byId = new Map(result.records.map((record) => [record.externalId, record]));

  it('reads the story and its live comments, skipping the deleted one', () => {
    expect(result.records.map((record) => record.externalId)).toEqual(['40200001', '40200002', '40200004', '40200005']);
    expect(result.warnings.join(' ')).toMatch(/skipped 1 deleted items/);
  });

  it('re-attaches the reply of a deleted comment to the deleted comment’s parent', () => {
    expect(byId.get('40200004')).toMatchObject({ parentExternalId: '40200002', threadExternalId: '40200001' });
    expect(treeProblems(result.records)).toEqual([]);
  });

  it('reads points, title and times, and leaves a comment without score', () => {
    expect(byId.get('40200001')).toMatchObject({
      title: 'Offline maps for hiking, in one static file',
      engagement: { score: 77 },
      publishedAt: '2024-04-14T09:00:00.000Z',
      threadExternalId: null,
    });
    expect(byId.get('40200005')!.engagement).toEqual({});
  });

  it('turns comment HTML into text', () => {
    expect(byId.get('40200004')!.text).toBe('About 900 MB at zoom 14.\n\nLess if you drop buildings.');
  });

  it('roots a comment fetched on its own at its story', () => {
    const comment = {
      id: 7,
      created_at_i: 1713085800,
      type: 'comment',
      author: 'x',
      text: 'hi',
      parent_id: 5,
      story_id: 3,
      children: [],
    };
    expect(hnAlgoliaItemParser.parse(payloadFromValue(comment)).records[0]).toMatchObject({
      threadExternalId: '3',
      parentExternalId: '5',
    });
  });

  it('throws malformed when the top item has no id', () => {
    const payload = payloadFromValue({ created_at_i: 1713085800, type: 'story', author: 'x', children: [] });
    expect(hnAlgoliaItemParser.detect(payload)).toBe(true);
    expect(() => hnAlgoliaItemParser.parse(payload)).toThrow(/hn-algolia-item: the top item has no numeric "id"/);
  });
});
