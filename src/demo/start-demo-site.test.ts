import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../model/index.js';
import { parsePayload } from '../parse/parse-payload.js';
import { startDemoSite, type DemoSite, type DemoSiteSource } from './start-demo-site.js';

/** Hosts that may appear in payload URLs besides `.example` ones: format namespaces and vocabularies, not links. */
const FORMAT_IDENTIFIER_HOSTS = new Set([
  'purl.org',
  'www.w3.org',
  'wellformedweb.org',
  'jsonfeed.org',
  'schema.org',
  'wordpress.org',
]);

const JSON_PLATFORMS: Platform[] = ['reddit', 'hackernews', 'bluesky', 'mastodon', 'discourse'];

let site: DemoSite;
const bodies = new Map<string, { contentType: string; text: string }>();

beforeAll(async () => {
  site = await startDemoSite();
  for (const source of site.sources) {
    const response = await fetch(source.url);
    bodies.set(source.url, { contentType: response.headers.get('content-type') ?? '', text: await response.text() });
    expect(response.status, source.url).toBe(200);
  }
});

afterAll(async () => {
  await site?.close();
});

describe('startDemoSite', () => {
  it('listens on loopback and lists one absolute URL per sources.json entry', async () => {
    const entries = JSON.parse(
      await readFile(new URL('../../demo/sources.json', import.meta.url), 'utf8'),
    ) as unknown[];
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(site.sources).toHaveLength(entries.length);
    for (const source of site.sources) expect(source.url.startsWith(`${site.url}/`)).toBe(true);
  });

  it('serves every source with the content type its platform sends', () => {
    for (const source of site.sources) {
      const { contentType } = bodies.get(source.url)!;
      expect(contentType, source.url).toMatch(expectedContentType(source));
    }
    const feedTypes = site.sources
      .filter((source) => source.platform === 'feed')
      .map((source) => bodies.get(source.url)!.contentType.split(';')[0]);
    expect(new Set(feedTypes)).toEqual(
      new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']),
    );
  });

  it('answers a conditional GET with 304 when the ETag or the date still matches', async () => {
    const url = site.sources[0]!.url;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const byTag = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const url = site.sources[0]!.url;
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for unknown paths and for paths that climb out of the corpus', async () => {
    expect((await fetch(`${site.url}/press/no-such-outlet/feed.xml`)).status).toBe(404);
    expect(await rawStatus('/%2e%2e/sources.json')).toBe(404);
    expect(await rawStatus('/../../package.json')).toBe(404);
  });

  it('covers all nine platforms with at least 90 records in total', () => {
    const counts = new Map<Platform, number>();
    for (const source of site.sources) {
      counts.set(
        source.platform,
        (counts.get(source.platform) ?? 0) + countRecords(source, bodies.get(source.url)!.text),
      );
    }
    for (const platform of PLATFORMS) expect(counts.get(platform) ?? 0, platform).toBeGreaterThan(0);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(90);
  });

  it('uses only .example hosts for URLs inside payloads', () => {
    for (const { text } of bodies.values()) {
      for (const [, host] of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
        if (!FORMAT_IDENTIFIER_HOSTS.has(host!)) expect(host).toMatch(/\.example$/);
      }
    }
  });

  it('gives the feed and article parsers payloads they read as the declared platform, record for record', () => {
    for (const source of site.sources.filter(
      (candidate) => candidate.platform === 'feed' || candidate.platform === 'web',
    )) {
      const { contentType, text } = bodies.get(source.url)!;
      const result = parsePayload({ bytes: new TextEncoder().encode(text), contentType, url: source.url });
      expect(result.records.length, source.url).toBe(countRecords(source, text));
      for (const record of result.records) expect(record.platform, source.url).toBe(source.platform);
    }
  });
});

function expectedContentType(source: DemoSiteSource): RegExp {
  if (JSON_PLATFORMS.includes(source.platform)) return /^application\/json; charset=utf-8$/;
  if (source.platform === 'web' || source.platform === 'forum') return /^text\/html; charset=utf-8$/;
  if (source.platform === 'comments') return /^application\/rss\+xml; charset=utf-8$/;
  return /^application\/(rss\+xml|atom\+xml|feed\+json); charset=utf-8$/;
}

/** Records in one payload, counted with plain logic per platform shape (independent of the parsers). */
function countRecords(source: DemoSiteSource, text: string): number {
  switch (source.platform) {
    case 'feed':
      return text.trimStart().startsWith('{')
        ? (JSON.parse(text) as { items: unknown[] }).items.length
        : (text.match(/<(item|entry)>/g) ?? []).length;
    case 'comments':
      return (text.match(/<item>/g) ?? []).length;
    case 'web':
      return /<article[\s>]/.test(text) ? 1 : 0;
    case 'forum':
      return (text.match(/class="post has-profile/g) ?? []).length;
    default:
      return countJsonRecords(JSON.parse(text));
  }
}

/** Reddit things (t3/t1), HN items, Bluesky posts, Mastodon statuses and Discourse posts, at any depth. */
function countJsonRecords(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countJsonRecords(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  const node = value as Record<string, unknown>;
  const isRecord =
    node.kind === 't3' ||
    node.kind === 't1' ||
    (typeof node.type === 'string' && ['story', 'comment'].includes(node.type) && 'created_at_i' in node) ||
    (typeof node.uri === 'string' && node.uri.startsWith('at://') && 'record' in node) ||
    (typeof node.content === 'string' && 'account' in node) ||
    (typeof node.cooked === 'string' && 'post_number' in node);
  const nested = Object.entries(node)
    .filter(([key]) => key !== 'account')
    .reduce((sum, [, child]) => sum + countJsonRecords(child), 0);
  return (isRecord ? 1 : 0) + nested;
}

/** The status of a request sent without URL normalisation, as a hostile client could send it. */
function rawStatus(path: string): Promise<number> {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}
