import { describe, expect, it } from 'vitest';
import { createFetcher, DEFAULT_USER_AGENT, type ClosableFetcher, type FetcherOptions } from './create-fetcher.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>';
const FIXED_NOW = new Date('2025-03-04T05:06:07.000Z');
/** How much closer two arrivals may be than their request starts on loopback (connection set-up of the first). */
const ARRIVAL_JITTER_MS = 25;

let server: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;

closeAfterEach(
  () => fetcher,
  () => server,
);

function loopbackFetcher(options: FetcherOptions = {}): ClosableFetcher {
  fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0, now: () => FIXED_NOW, ...options });
  return fetcher;
}

const failure = fetchFailure;

describe('createFetcher', () => {
  it('returns the body, validators, content type, final URL and fetch time of a 200', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"v1"',
        'last-modified': 'Mon, 03 Mar 2025 10:00:00 GMT',
      });
      response.end(FEED);
    });
    const page = await loopbackFetcher().fetchPage(`${server.origin}/feed.xml#top`);
    expect(new TextDecoder().decode(page.body)).toBe(FEED);
    expect(page).toMatchObject({
      requestedUrl: `${server.origin}/feed.xml#top`,
      url: `${server.origin}/feed.xml`,
      status: 200,
      notModified: false,
      contentType: 'application/rss+xml',
      etag: '"v1"',
      lastModified: 'Mon, 03 Mar 2025 10:00:00 GMT',
      fetchedAt: FIXED_NOW.toISOString(),
    });
  });

  it('sends the configured User-Agent, or the default naming undercurrent', async () => {
    server = await startLocalServer((_request, response) => response.end('ok'));
    await loopbackFetcher().fetchPage(`${server.origin}/a`);
    await fetcher!.close();
    await loopbackFetcher({ userAgent: 'test-agent/2 (+http://example.test)' }).fetchPage(`${server.origin}/b`);
    expect(server.seen.map((request) => request.headers['user-agent'])).toEqual([
      DEFAULT_USER_AGENT,
      'test-agent/2 (+http://example.test)',
    ]);
    expect(DEFAULT_USER_AGENT).toMatch(/^undercurrent\/\S+ \(\+https?:\/\/\S+\)$/);
  });

  it('sends the validators it is given and reports a 304 as not modified with an empty body', async () => {
    server = await startLocalServer((request, response) => {
      const matches = request.headers['if-none-match'] === '"v1"';
      response.writeHead(matches ? 304 : 200, { etag: '"v1"' });
      response.end(matches ? undefined : FEED);
    });
    const page = await loopbackFetcher().fetchPage(`${server.origin}/feed.xml`, {
      etag: '"v1"',
      lastModified: 'Mon, 03 Mar 2025 10:00:00 GMT',
    });
    expect(server.seen[0]?.headers['if-none-match']).toBe('"v1"');
    expect(server.seen[0]?.headers['if-modified-since']).toBe('Mon, 03 Mar 2025 10:00:00 GMT');
    expect(page.status).toBe(304);
    expect(page.notModified).toBe(true);
    expect(page.body.byteLength).toBe(0);
    expect(page.etag).toBe('"v1"');
  });

  it('sends no validators when it has none', async () => {
    server = await startLocalServer((_request, response) => response.end(FEED));
    await loopbackFetcher().fetchPage(`${server.origin}/feed.xml`, { etag: null, lastModified: null });
    expect(server.seen[0]?.headers['if-none-match']).toBeUndefined();
    expect(server.seen[0]?.headers['if-modified-since']).toBeUndefined();
  });

  it('throws http-status with the status, retryable for 503 and not for 404', async () => {
    server = await startLocalServer((request, response) => {
      response.writeHead(request.url === '/gone' ? 404 : 503);
      response.end('no');
    });
    const missing = await failure(loopbackFetcher().fetchPage(`${server.origin}/gone`));
    expect(missing).toMatchObject({ code: 'http-status', status: 404, retryable: false, url: `${server.origin}/gone` });
    expect(missing.message).toContain('404');
    const down = await failure(fetcher!.fetchPage(`${server.origin}/busy`));
    expect(down).toMatchObject({ code: 'http-status', status: 503, retryable: true });
  });

  it('follows relative and absolute redirects and reports the final URL', async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/middle' }).end();
      else if (request.url === '/middle')
        response.writeHead(302, { location: `http://feeds.test:${server!.port}/new` }).end();
      else response.end(FEED);
    });
    const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const page = await loopbackFetcher({ lookup }).fetchPage(`${server.origin}/old`);
    expect(page.url).toBe(`http://feeds.test:${server.port}/new`);
    expect(page.requestedUrl).toBe(`${server.origin}/old`);
    expect(server.seen.map((request) => request.path)).toEqual(['/old', '/middle', '/new']);
  });

  it('gives up after maxRedirects hops', async () => {
    server = await startLocalServer((request, response) => {
      const step = Number(request.url?.slice(1));
      response.writeHead(302, { location: `/${step + 1}` }).end();
    });
    const error = await failure(loopbackFetcher({ maxRedirects: 3 }).fetchPage(`${server.origin}/0`));
    expect(error.code).toBe('too-many-redirects');
    expect(server.seen.map((request) => request.path)).toEqual(['/0', '/1', '/2', '/3']);
  });

  it('refuses a redirect loop as soon as a URL comes round again', async () => {
    server = await startLocalServer((request, response) => {
      response.writeHead(307, { location: request.url === '/a' ? '/b' : '/a' }).end();
    });
    const error = await failure(loopbackFetcher({ maxRedirects: 10 }).fetchPage(`${server.origin}/a`));
    expect(error.code).toBe('redirect-loop');
    expect(server.seen).toHaveLength(2);
  });

  it('refuses a redirect to a file: URL', async () => {
    server = await startLocalServer((_request, response) =>
      response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    );
    const error = await failure(loopbackFetcher().fetchPage(`${server.origin}/feed`));
    expect(error.code).toBe('bad-scheme');
    expect(error.message).toContain('file:///etc/passwd');
  });

  it('refuses a non-http URL and an unparseable one before any request', async () => {
    const subject = loopbackFetcher();
    expect((await failure(subject.fetchPage('ftp://127.0.0.1/feed'))).code).toBe('bad-scheme');
    expect((await failure(subject.fetchPage('not a url'))).code).toBe('invalid-url');
  });

  it('spaces concurrent requests to one host by perHostSpacingMs', async () => {
    server = await startLocalServer((_request, response) => response.end(FEED));
    const subject = loopbackFetcher({ perHostSpacingMs: 150, now: () => new Date() });
    await Promise.all([subject.fetchPage(`${server.origin}/one`), subject.fetchPage(`${server.origin}/two`)]);
    const [first, second] = server.seen;
    // Spacing holds between request starts; the server sees arrivals, and the first one also waits for the
    // TCP connection the second then reuses, so arrivals may sit a little closer than the starts did.
    // Without spacing the two arrive within a few milliseconds of each other.
    expect(second!.arrivedAtMs - first!.arrivedAtMs).toBeGreaterThanOrEqual(150 - ARRIVAL_JITTER_MS);
  });

  it('reports a refused connection as a retryable network error', async () => {
    server = await startLocalServer((_request, response) => response.end());
    const closedOrigin = server.origin;
    await server.close();
    server = undefined;
    const error = await failure(loopbackFetcher().fetchPage(`${closedOrigin}/feed`));
    expect(error).toMatchObject({ code: 'network', retryable: true });
  });
});
