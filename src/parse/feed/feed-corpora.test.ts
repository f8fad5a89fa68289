/** Real-world feeds from ../shared/corpora: rss-parser's golden outputs and a feedparser-tests sample. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../extract/html-to-text.js';
import { parsePayload } from '../parse-payload.js';
import { parseFeedDate } from './parse-feed-date.js';

const corpora = (path: string) => resolve(process.cwd(), '../shared/corpora', path);
const hasCorpora = existsSync(resolve(process.cwd(), '../shared/corpora'));
if (!hasCorpora && !process.env.CI) console.log('feed-corpora tests skipped: ../shared/corpora is absent');

const parseFile = (file: string) => parsePayload({ bytes: readFileSync(file), contentType: null, url: null });
const spaced = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Goldens whose item titles rss-parser wrote from Latin-1 bytes read as UTF-8 (U+FFFD); compared by count and links only. */
const MIS_DECODED_GOLDENS = new Set(['encoding', 'uolNoticias']);

describe.runIf(hasCorpora || process.env.CI)('rss-parser golden fixtures', () => {
  const dir = corpora('rss-parser-fixtures');
  const cases = hasCorpora ? readdirSync(join(dir, 'output')).map((name) => name.replace(/\.json$/, '')) : [];
  const inputOf = (base: string) =>
    readdirSync(join(dir, 'input')).find((file) => file.replace(/\.[^.]+$/, '') === base)!;

  it.each(cases)('%s: same item count, titles and links as the golden output', (base) => {
    const golden = JSON.parse(readFileSync(join(dir, 'output', `${base}.json`), 'utf8')).feed as {
      title?: string;
      items?: Array<{ title?: string; link?: string }>;
    };
    const result = parseFile(join(dir, 'input', inputOf(base)));
    const items = golden.items ?? [];
    expect(result.records).toHaveLength(items.length);
    items.forEach((item, index) => {
      const record = result.records[index]!;
      if (!MIS_DECODED_GOLDENS.has(base))
        expect(spaced(record.title)).toBe(spaced(item.title === undefined ? null : htmlToText(item.title)));
      if (item.link) expect(record.url).toBe(new URL(item.link.trim(), record.url ?? undefined).href);
    });
  });

  it('reads the Latin-1 feed as Latin-1', () => {
    const result = parseFile(join(dir, 'input', 'encoding.rss'));
    expect(result.records.some((record) => record.title?.includes('Reações dos partidos'))).toBe(true);
  });

  it('keeps an Atom entry that has nothing to identify it, with an id hashed from its XML and a warning', () => {
    const result = parseFile(join(dir, 'input', 'incomplete-fields.atom'));
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.externalId).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(result.records[0]!.externalId).toBe(
      parseFile(join(dir, 'input', 'incomplete-fields.atom')).records[0]!.externalId,
    );
    expect(result.warnings).toEqual([expect.stringContaining('no id, link, title or content')]);
  });

  it('leaves the HTML page rss-parser rejects to the article reader, not a feed reader', () => {
    expect(parseFile(join(dir, 'input', 'unrecognized.rss')).format).toBe('article-html');
  });
});

describe.runIf(hasCorpora || process.env.CI)('feedparser-tests sample', () => {
  const dir = corpora('feedparser-tests');
  it.each([
    ['wellformed/rss/channel_title.xml', 'Example feed'],
    ['wellformed/atom10/feed_title.xml', 'Example Atom'],
    ['entities/8217.xml', 'testing \u2019 entity'],
    ['entities/160.xml', 'testing \u00a0 entity'],
    ['encoding/utf-32le.xml', null],
  ])('%s: feed title as feedparser expects', (file, title) => {
    const result = parseFile(join(dir, file));
    if (title !== null) expect(spaced(result.title)).toBe(spaced(title));
    else expect(result.format).toBe('rss');
  });

  it('decodes windows-1252 smart quotes in a feed without an encoding declaration', () => {
    expect(parseFile(join(dir, 'encoding/demoronize-1.xml')).records[0]!.text).toBe('don\u2019t');
  });

  it('reads the JSON Feed example with all its items', () => {
    const json = JSON.parse(readFileSync(join(dir, 'json/example.json'), 'utf8')) as {
      items: unknown[];
      title: string;
    };
    const result = parseFile(join(dir, 'json/example.json'));
    expect(result.title).toBe(json.title);
    expect(result.records).toHaveLength(json.items.length);
  });

  it('matches the RFC 822 and W3C-DTF date vectors to the second', () => {
    const { vectors } = JSON.parse(readFileSync(join(dir, 'date_parsing_vectors.json'), 'utf8')) as {
      vectors: Array<{ parser: string; input: string; expected_time_struct: number[] | null }>;
    };
    // Not supported on purpose: a year-100 date Python maps to 1999, and asctime-ordered "Thu Aug 30 2012".
    const unsupported = new Set(['Thu, 01 Jan 0100 00:00:01 +0100', 'Thu Aug 30 2012 17:26:16 +0200']);
    const checked = vectors.filter(
      (vector) => /_(rfc822|w3dtf)$/.test(vector.parser) && !unsupported.has(vector.input),
    );
    expect(checked.length).toBeGreaterThan(40);
    for (const vector of checked) {
      const expected = vector.expected_time_struct;
      const want = expected
        ? new Date(Date.UTC(expected[0]!, expected[1]! - 1, expected[2], expected[3], expected[4], expected[5]))
            .toISOString()
            .slice(0, 19)
        : null;
      expect([vector.input, parseFeedDate(vector.input)?.slice(0, 19) ?? null]).toEqual([vector.input, want]);
    }
  });
});
