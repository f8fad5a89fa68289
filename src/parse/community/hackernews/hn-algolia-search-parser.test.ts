import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { hnAlgoliaSearchParser } from './hn-algolia-search-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

describe('hnAlgoliaSearchParser', () => {
  const result = hnAlgoliaSearchParser.parse(payloadFromFile(path.join(FIXTURES, 'algolia-search.json')));

  it('reads a story hit as a root with points and comment count', () => {
    expect(result.records[0]).toMatchObject({
      externalId: '40300001',
      title: 'Why my reflow oven needed a second thermocouple',
      threadExternalId: null,
      engagement: { score: 210, replies: 42 },
      publishedAt: '2024-04-15T12:00:00.000Z',
    });
  });

  it('reads a comment hit with its story as thread and parent_id as parent', () => {
    expect(result.records[1]).toMatchObject({
      externalId: '40300007',
      title: null,
      threadExternalId: '40300001',
      parentExternalId: '40300001',
      text: 'A second sensor near the board fixed my overshoot too.',
      author: 'fluxqueen',
    });
  });

  it('refuses an Algolia response from another index', () => {
    expect(
      hnAlgoliaSearchParser.detect(payloadFromValue({ hits: [{ objectID: 'sku-1', name: 'Lamp' }], nbHits: 1 })),
    ).toBe(false);
  });

  it('claims an empty page from hn.algolia.com', () => {
    expect(
      hnAlgoliaSearchParser.detect(
        payloadFromValue({ hits: [], nbHits: 0, hitsPerPage: 20 }, 'https://hn.algolia.com/api/v1/search?query=zzz'),
      ),
    ).toBe(true);
  });

  it('throws malformed when no hit has an objectID', () => {
    const payload = payloadFromValue({ hits: [{ _tags: ['story'], title: 'x' }], nbHits: 1 });
    expect(hnAlgoliaSearchParser.detect(payload)).toBe(true);
    expect(() => hnAlgoliaSearchParser.parse(payload)).toThrow(/hn-algolia-search: no hit has both an "objectID"/);
  });
});
