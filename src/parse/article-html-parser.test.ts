import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtmlParser } from './article-html-parser.js';
import { decodePayload } from './decode-payload.js';

const html = readFileSync(resolve(import.meta.dirname, '../extract/__fixtures__/article-with-furniture.html'));
const payload = decodePayload({
  bytes: html,
  contentType: 'text/html; charset=utf-8',
  url: 'https://circuit.example.com/energy/grid-batteries?utm_source=x',
});

describe('articleHtmlParser', () => {
  it('claims HTML by content type or by markup, and not JSON', () => {
    expect(articleHtmlParser.detect(payload)).toBe(true);
    expect(articleHtmlParser.detect({ ...payload, contentType: null })).toBe(true);
    expect(articleHtmlParser.detect({ ...payload, contentType: null, text: '{"a":1}', json: { a: 1 } })).toBe(false);
  });

  it('produces one web record identified by the canonical URL, with the site as venue', () => {
    const result = articleHtmlParser.parse(payload);
    expect(result.records).toHaveLength(1);
    const [record] = result.records;
    expect(record!.platform).toBe('web');
    expect(record!.externalId).toBe('https://circuit.example.com/energy/grid-batteries');
    expect(record!.url).toBe('https://circuit.example.com/energy/grid-batteries?utm_source=x');
    expect(record!.venue).toBe('The Daily Circuit');
    expect(record!.publishedAt).toBe('2024-04-02T06:00:00.000Z');
    expect(record!.text).toMatch(/^Utility-scale batteries/);
  });

  it('uses the host as venue when the page names no site', () => {
    const bare = decodePayload({
      bytes: new TextEncoder().encode(
        `<html><body><article>${'<p>Plain article text with enough words to count as an article body.</p>'.repeat(6)}</article></body></html>`,
      ),
      contentType: null,
      url: 'https://www.blog.example.org/p/1',
    });
    expect(articleHtmlParser.parse(bare).records[0]!.venue).toBe('blog.example.org');
  });

  it('returns no records and a warning when the page holds no article', () => {
    const empty = decodePayload({
      bytes: new TextEncoder().encode('<html><body></body></html>'),
      contentType: 'text/html',
      url: 'https://example.org/',
    });
    const result = articleHtmlParser.parse(empty);
    expect(result.records).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  });
});
