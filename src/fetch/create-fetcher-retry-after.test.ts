import { describe, expect, it } from 'vitest';
import { createFetcher, type ClosableFetcher } from './create-fetcher.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';
import { MAX_RETRY_AFTER_MS } from './parse-retry-after.js';

const FIXED_NOW = new Date('2026-12-01T12:00:00.000Z');

let server: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;
closeAfterEach(
  () => fetcher,
  () => server,
);

/** A server answering each path's status with the Retry-After header named in the query. */
async function throttlingServer(): Promise<LocalServer> {
  return startLocalServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const status = Number(url.pathname.slice(1));
    const retryAfter = url.searchParams.get('retry-after');
    response.writeHead(status, retryAfter === null ? {} : { 'retry-after': retryAfter });
    response.end('slow down');
  });
}

describe('createFetcher and Retry-After', () => {
  it('reports a 429 with Retry-After in seconds, an HTTP date, negative, and ten years away, capped', async () => {
    server = await throttlingServer();
    fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0, now: () => FIXED_NOW });
    const waitOf = async (path: string) =>
      (await fetchFailure(fetcher!.fetchPage(`${server!.origin}${path}`))).retryAfterMs;
    expect(await waitOf('/429?retry-after=30')).toBe(30_000);
    expect(await waitOf(`/503?retry-after=${encodeURIComponent('Tue, 01 Dec 2026 12:10:00 GMT')}`)).toBe(600_000);
    expect(await waitOf('/429?retry-after=-5')).toBeNull();
    expect(await waitOf(`/429?retry-after=${10 * 365 * 86_400}`)).toBe(MAX_RETRY_AFTER_MS);
    expect(await waitOf('/429')).toBeNull();
    expect(await waitOf('/404?retry-after=30')).toBeNull();
    const throttled = await fetchFailure(fetcher.fetchPage(`${server.origin}/429?retry-after=30`));
    expect(throttled).toMatchObject({ code: 'http-status', status: 429, retryable: true });
    expect(throttled.message).toMatch(/HTTP 429.*wait 30 s/);
  });

  it('sends a per-request User-Agent and Accept in place of its own', async () => {
    server = await startLocalServer((_request, response) => response.end('{}'));
    fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0, userAgent: 'default/1' });
    await fetcher.fetchPage(`${server.origin}/a`, undefined, {
      userAgent: 'nodejs:undercurrent:0.1',
      accept: 'application/json',
    });
    await fetcher.fetchPage(`${server.origin}/b`);
    expect(
      server.seen.map((request) => [
        request.headers['user-agent'],
        request.headers.accept?.startsWith('application/json'),
      ]),
    ).toEqual([
      ['nodejs:undercurrent:0.1', true],
      ['default/1', false],
    ]);
  });
});
