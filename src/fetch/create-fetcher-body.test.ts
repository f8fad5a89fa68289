import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFetcher, type ClosableFetcher, type FetcherOptions } from './create-fetcher.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';

const TEXT = 'Council approves the harbour budget after a four-hour session. '.repeat(200);

let server: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;

closeAfterEach(
  () => fetcher,
  () => server,
);

function loopbackFetcher(options: FetcherOptions = {}): ClosableFetcher {
  fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0, ...options });
  return fetcher;
}

/** A server answering every request with these bytes and headers. */
async function serve(body: Uint8Array | string, headers: Record<string, string> = {}): Promise<LocalServer> {
  server = await startLocalServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    response.end(body);
  });
  return server;
}

const failure = fetchFailure;

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('createFetcher bodies', () => {
  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
  ])('decodes a %s body and asks for compression', async (coding, compress) => {
    const { origin, seen } = await serve(compress(Buffer.from(TEXT)), { 'content-encoding': coding });
    const page = await loopbackFetcher().fetchPage(`${origin}/story`);
    expect(decode(page.body)).toBe(TEXT);
    expect(seen[0]?.headers['accept-encoding']).toContain(coding);
  });

  it('undoes stacked codings in reverse order of application', async () => {
    const twice = brotliCompressSync(gzipSync(Buffer.from(TEXT)));
    const { origin } = await serve(twice, { 'content-encoding': 'gzip, br' });
    expect(decode((await loopbackFetcher().fetchPage(`${origin}/story`)).body)).toBe(TEXT);
  });

  it('refuses an unknown coding and three stacked codings', async () => {
    const { origin } = await serve(gzipSync(gzipSync(gzipSync(Buffer.from(TEXT)))), {
      'content-encoding': 'gzip, gzip, gzip',
    });
    const stacked = await failure(loopbackFetcher().fetchPage(`${origin}/story`));
    expect(stacked.code).toBe('bad-encoding');
    await server!.close();
    const other = await serve('data', { 'content-encoding': 'zstd' });
    const unknown = await failure(fetcher!.fetchPage(`${other.origin}/story`));
    expect(unknown.code).toBe('bad-encoding');
    expect(unknown.message).toContain('zstd');
  });

  it.each(['gzip', 'deflate', 'br'])('reports corrupt %s data as bad-encoding', async (coding) => {
    const { origin } = await serve(deflateRawSync(Buffer.from(TEXT)), { 'content-encoding': coding });
    const error = await failure(loopbackFetcher().fetchPage(`${origin}/story`));
    expect(error.code).toBe('bad-encoding');
    expect(error.message).toContain(`corrupt ${coding} data`);
  });

  it('cuts off a gzip bomb once the decoded size passes maxBodyBytes', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(128 * 1024);
    const { origin } = await serve(bomb, { 'content-encoding': 'gzip' });
    const memoryBefore = process.memoryUsage().arrayBuffers;
    const error = await failure(loopbackFetcher({ maxBodyBytes: 1024 * 1024 }).fetchPage(`${origin}/bomb`));
    expect(error.code).toBe('too-large');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('1048576 bytes after decompression');
    expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(32 * 1024 * 1024);
  });

  it('accepts a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const { origin } = await serve('x'.repeat(1000));
    expect((await loopbackFetcher({ maxBodyBytes: 1000 }).fetchPage(`${origin}/a`)).body.byteLength).toBe(1000);
    await fetcher!.close();
    expect((await failure(loopbackFetcher({ maxBodyBytes: 999 }).fetchPage(`${origin}/a`))).code).toBe('too-large');
  });

  it('stops a server that trickles bytes forever at the total deadline', async () => {
    const timers: NodeJS.Timeout[] = [];
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      timers.push(setInterval(() => response.write('.'), 20));
    });
    const started = performance.now();
    const error = await failure(loopbackFetcher({ timeoutMs: 400 }).fetchPage(`${server.origin}/drip`));
    const elapsed = performance.now() - started;
    timers.forEach(clearInterval);
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('refuses an endless chunked body once it passes maxBodyBytes, without waiting for its end', async () => {
    const timers: NodeJS.Timeout[] = [];
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      timers.push(setInterval(() => response.write('x'.repeat(16_384)), 1));
    });
    const error = await failure(
      loopbackFetcher({ maxBodyBytes: 100_000, timeoutMs: 10_000 }).fetchPage(`${server.origin}/endless`),
    );
    timers.forEach(clearInterval);
    expect(error.code).toBe('too-large');
  });

  it('reports a body shorter than its Content-Length as a retryable network error, not as a page', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' });
      response.write('only a few bytes');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const error = await failure(loopbackFetcher().fetchPage(`${server.origin}/short`));
    expect(error).toMatchObject({ code: 'network', retryable: true });
  });

  it('refuses a Content-Length above maxBodyBytes before reading the body', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50_000_000) });
      response.write('x');
    });
    const error = await failure(loopbackFetcher({ maxBodyBytes: 1_000 }).fetchPage(`${server.origin}/huge`));
    expect(error.code).toBe('too-large');
  });

  it('times out a server that never sends headers', async () => {
    server = await startLocalServer(() => undefined);
    const error = await failure(loopbackFetcher({ timeoutMs: 200 }).fetchPage(`${server.origin}/silent`));
    expect(error.code).toBe('timeout');
  });
});
