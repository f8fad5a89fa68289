import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFeedParser } from './json-feed-parser.js';
import { payloadFromFile } from '../../test-support/payload-from-file.js';

const payload = payloadFromFile(resolve(import.meta.dirname, '__fixtures__', 'feed-1-1.json'));

describe('jsonFeedParser', () => {
  const result = jsonFeedParser.parse(payload);
  const [two, one] = result.records;

  it('claims JSON whose version is a jsonfeed.org URL, and no other JSON', () => {
    expect(jsonFeedParser.detect(payload)).toBe(true);
    expect(jsonFeedParser.detect({ ...payload, json: { version: 2, items: [] } })).toBe(false);
  });

  it('skips an item that is not an object, with a warning', () => {
    expect(result.records).toHaveLength(2);
    expect(result.warnings.some((warning) => warning.includes('item 3'))).toBe(true);
  });

  it('reads content_html as text and dates in UTC', () => {
    expect(two!.text).toBe('Second & last.');
    expect(two!.publishedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(two!.author).toBe('Sam Ortiz');
  });

  it('keeps content_text verbatim, accepts a numeric id, and resolves a relative url', () => {
    expect(one!.text).toBe('Plain <text>.\n\nSecond paragraph.');
    expect(one!.externalId).toBe('1');
    expect(one!.url).toBe('https://bench.example.com/posts/1');
    expect(one!.author).toBe('Kim');
    expect(one!.publishedAt).toBeNull();
  });

  it('takes title and language from the feed', () => {
    expect(result.title).toBe('Bench Notes');
    expect(two!.language).toBe('en');
    expect(two!.venue).toBe('Bench Notes');
  });
});
