/**
 * Bad input in feeds and pages: each case gets a clear reason or a sane result, in bounded time, and
 * nothing already stored is lost. docs/RELIABILITY.md lists every case with the test that holds it.
 */
import { describe, expect, it } from 'vitest';
import { parsePayload } from '../../src/parse/parse-payload.js';
import { ParseError } from '../../src/parse/payload-parser.js';
import { ingestPayload } from '../../src/pipeline/ingest-payload.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { htmlToText } from '../../src/extract/html-to-text.js';
import { tokenize } from '../../src/enrich/tokenize.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, contentType: string | null = null) =>
  parsePayload({ bytes: bytes(text), contentType, url: 'https://news.example/feed' });
/** Parsing any one of these must finish well within this (CPU stays bounded). */
const BOUNDED_MS = 2_000;

function timed<T>(work: () => T): { value: T | Error; ms: number } {
  const started = performance.now();
  try {
    return { value: work(), ms: performance.now() - started };
  } catch (error) {
    return { value: error as Error, ms: performance.now() - started };
  }
}

const RSS = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`;
const ITEM = (guid: string, link: string, title: string) =>
  `<item><guid>${guid}</guid><link>${link}</link><title>${title}</title><description>About ${title}.</description></item>`;

describe('bad input in feeds and pages', () => {
  it('truncated feed: keeps the items before the cut, or names the break', () => {
    const full = RSS(ITEM('a', 'https://news.example/a', 'First') + ITEM('b', 'https://news.example/b', 'Second'));
    const { value } = timed(() => parse(full.slice(0, full.length - 40)));
    if (value instanceof Error)
      expect(value).toMatchObject({
        code: 'malformed',
        message: expect.stringMatching(/rss: XML could not be parsed/),
      });
    else expect(value.records.length).toBeGreaterThanOrEqual(1);
  });

  it('empty and whitespace bodies are "empty"', () => {
    expect(() => parse('')).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => parse('   \n  ')).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  it('a binary body (a PNG) is named as unrecognised, not parsed', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6,
    ]);
    expect(() => parsePayload({ bytes: png, contentType: 'image/png', url: null })).toThrow(ParseError);
  });

  it('a feed served as text/html is still read as the feed; an HTML page served as a feed is read as a page', () => {
    expect(parse(RSS(ITEM('a', 'https://news.example/a', 'First')), 'text/html').format).toBe('rss');
    const page = `<!doctype html><html><head><title>Council votes</title></head><body><article><p>${'The council voted on the harbour budget late on Tuesday evening after a long debate. '.repeat(6)}</p></article></body></html>`;
    expect(parse(page, 'application/rss+xml').format).toBe('article-html');
  });

  it('JSON where XML was expected is read by its own shape or named', () => {
    const { value } = timed(() =>
      parse(
        '{"version": "https://jsonfeed.org/version/1.1", "title": "W", "items": [{"id": "1", "content_text": "Hello there"}]}',
        'application/rss+xml',
      ),
    );
    expect(value).not.toBeInstanceOf(Error);
    expect((value as { format: string }).format).toBe('json-feed');
    expect(() => parse('{"unrelated": true}', 'application/xml')).toThrow(/a JSON object/);
  });

  it('a billion-laughs entity bomb is never expanded and costs nothing', () => {
    const lol =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index === 0 ? '' : index};`.repeat(10)}">`).join('')}]>` +
      `<rss version="2.0"><channel><title>&lol9;</title><item><title>x &lol9;</title><link>https://news.example/x</link></item></channel></rss>`;
    const { value, ms } = timed(() => parse(lol));
    expect(ms).toBeLessThan(BOUNDED_MS);
    if (!(value instanceof Error)) expect(JSON.stringify(value).length).toBeLessThan(10_000);
  });

  it('a flood of a million numeric references stays bounded', () => {
    const flood = RSS(
      `<item><title>flood</title><link>https://news.example/f</link><description>${'&#x41;'.repeat(1_000_000)}</description></item>`,
    );
    const { value, ms } = timed(() => parse(flood));
    expect(ms).toBeLessThan(BOUNDED_MS * 2);
    if (!(value instanceof Error)) expect(value.records[0]?.text.startsWith('AAAA')).toBe(true);
  });

  it('XXE: external entities to files and to the metadata address are never resolved', () => {
    for (const target of ['file:///etc/passwd', 'http://169.254.169.254/latest/meta-data/']) {
      const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "${target}">]><rss version="2.0"><channel><title>T</title><item><title>&xxe;</title><link>https://news.example/x</link><description>leak: &xxe;</description></item></channel></rss>`;
      const { value } = timed(() => parse(xxe));
      expect(JSON.stringify(value instanceof Error ? value.message : value)).not.toMatch(/root:|ami-id|instance-id/);
    }
  });

  it('illegal XML characters and lone surrogates do not crash the reader', () => {
    const { value } = timed(() =>
      parse(
        RSS(
          `<item><title>bad \u0001 char \uD800 here</title><link>https://news.example/c</link><description>text \u0008 more</description></item>`,
        ),
      ),
    );
    if (value instanceof Error) expect(value).toBeInstanceOf(ParseError);
    else expect(value.records).toHaveLength(1);
  });

  it('a NUL inside a JSON Feed string is stored without breaking the store, and other records stay', async () => {
    const store = await openRecordStore({ dataDir: null });
    try {
      const origin = { sourceId: null, kind: null, receivedAt: '2026-12-01T00:00:00.000Z' };
      await ingestPayload(
        store,
        { bytes: bytes(RSS(ITEM('keep', 'https://news.example/keep', 'Kept'))), contentType: null, url: null },
        origin,
      );
      const feed = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'W',
        items: [{ id: 'n1', title: 'Nul\u0000title', content_text: 'before\u0000after' }],
      });
      const result = await ingestPayload(
        store,
        { bytes: bytes(feed), contentType: 'application/feed+json', url: null },
        origin,
      );
      expect(result.records[0]!.text).not.toContain('\u0000');
      expect((await store.listRecords()).map((record) => record.title).sort()).toEqual(['Kept', 'Nultitle']);
    } finally {
      await store.close();
    }
  });

  it('one GUID shared by every item keeps every item, each under its own link', () => {
    const result = parse(
      RSS(
        ITEM('same', 'https://news.example/1', 'One') +
          ITEM('same', 'https://news.example/2', 'Two') +
          ITEM('same', 'https://news.example/3', 'Three'),
      ),
    );
    expect(new Set(result.records.map((record) => record.externalId)).size).toBe(3);
    expect(result.warnings.join(' ')).toMatch(/same guid/i);
  });

  it('dates in the year 10000 and at the epoch are not taken at face value', () => {
    const result = parse(
      RSS(
        '<item><guid>y</guid><title>Far</title><pubDate>Sat, 01 Jan 10000 00:00:00 GMT</pubDate><description>x</description></item>' +
          '<item><guid>z</guid><title>Epoch</title><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate><description>x</description></item>',
      ),
    );
    const far = result.records.find((record) => record.title === 'Far')!;
    expect(far.publishedAt === null || Date.parse(far.publishedAt) < Date.parse('2100-01-01')).toBe(true);
    const epoch = result.records.find((record) => record.title === 'Epoch')!;
    expect(epoch.publishedAt).toBeNull();
  });

  it('a soft 404 and a bot-challenge page are not stored as articles', () => {
    for (const page of [
      '<!doctype html><html><head><title>Page not found</title></head><body><h1>404 - Page not found</h1><p>Sorry, the page you are looking for does not exist. It may have been moved or deleted.</p></body></html>',
      '<!doctype html><html><head><title>Just a moment...</title></head><body><h1>Checking if the site connection is secure</h1><p>Enable JavaScript and cookies to continue. This process is automatic. Your browser will redirect to your requested content shortly.</p></body></html>',
    ]) {
      expect(() => parse(page, 'text/html')).toThrow(ParseError);
    }
  });

  it('a page nested 10,000 elements deep and a 1 MB word do not overflow or stall', () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}</body></html>`;
    const deepResult = timed(() => htmlToText(deep));
    expect(deepResult.value).toBe('deep text');
    expect(deepResult.ms).toBeLessThan(BOUNDED_MS);
    const word = 'a'.repeat(1_000_000);
    const wordResult = timed(() => tokenize(`before ${word} after`));
    expect(wordResult.ms).toBeLessThan(BOUNDED_MS);
    expect((wordResult.value as string[]).length).toBe(3);
  });
});
