import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rssParser } from './rss-parser.js';
import { payloadFromFile } from '../../test-support/payload-from-file.js';

const fixture = (name: string) => resolve(import.meta.dirname, '__fixtures__', name);

describe('rssParser', () => {
  const payload = payloadFromFile(fixture('escaped-html.rss'), 'https://notes.example.org/feed.xml');
  const result = rssParser.parse(payload);
  const [first, second, third] = result.records;

  it('claims a feed with a leading newline before the XML declaration and no version attribute', () => {
    expect(payload.text.startsWith('\n')).toBe(true);
    expect(rssParser.detect(payload)).toBe(true);
  });

  it('takes the channel title as the result title and every record venue', () => {
    expect(result.title).toBe('Circuit & Notes');
    expect(result.records.map((record) => record.venue)).toEqual([
      'Circuit & Notes',
      'Circuit & Notes',
      'Circuit & Notes',
    ]);
  });

  it('decodes numeric character references and double-escaped markup in titles exactly once', () => {
    expect(first!.title).toBe('Don\u2019t panic: a <div> walks in');
  });

  it('uses the guid as externalId and resolves a relative link against the channel link', () => {
    expect(first!.externalId).toBe('post-7');
    expect(first!.url).toBe('https://notes.example.org/2024/01/panic?utm_source=rss&id=7#top');
    expect(first!.canonicalUrl).toBe('https://notes.example.org/2024/01/panic?id=7');
  });

  it('prefers content:encoded and keeps headings and list items as paragraphs', () => {
    expect(first!.text).toBe('First & foremost.\n\nNext\n\none\n\ntwo');
  });

  it('reads dc:creator, RFC 822 dates in UTC, and the channel language', () => {
    expect(first!.author).toBe('Ada Lovelace');
    expect(first!.publishedAt).toBe('2024-01-02T08:30:00.000Z');
    expect(first!.language).toBe('en-gb');
    expect(first!.engagement).toEqual({});
    expect(first!.threadExternalId).toBeNull();
  });

  it('falls back to the link for externalId and warns about an unreadable date', () => {
    expect(second!.externalId).toBe('https://notes.example.org/2024/01/no-guid');
    expect(second!.publishedAt).toBeNull();
    expect(result.warnings.some((warning) => warning.includes('not a date'))).toBe(true);
  });

  it('turns an escaped HTML description into text', () => {
    expect(second!.text).toBe('Escaped markup & more');
  });

  it('gives an item with only a description a hash id', () => {
    expect(third!.externalId).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(third!.text).toBe('Only a description, as RSS 2.0 allows.');
  });

  it('does not expand entities declared in a DTD', () => {
    const laughs = rssParser.parse(payloadFromFile(fixture('billion-laughs.rss')));
    expect(laughs.records).toHaveLength(1);
    expect(laughs.records[0]!.text.length).toBeLessThan(100);
    expect(laughs.records[0]!.text).not.toContain('aaaa');
  });

  it('does not claim an Atom feed or an HTML page', () => {
    expect(rssParser.detect(payloadFromFile(fixture('relative-links.atom')))).toBe(false);
    expect(rssParser.detect({ ...payload, text: '<!doctype html><html><body>hi</body></html>' })).toBe(false);
  });
});
