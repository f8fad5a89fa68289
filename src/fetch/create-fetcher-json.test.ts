import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions } from './create-fetcher.js';
import type { JsonClient } from './fetched-page.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';
import { MAX_RETRY_AFTER_MS } from './parse-retry-after.js';

let server: LocalServer | undefined;
const clients: Array<{ close(): Promise<void> }> = [];
closeAfterEach(
  () => ({ close: async () => void (await Promise.all(clients.splice(0).map((client) => client.close()))) }),
  () => server,
);

/** The fetcher with the loopback test server's host allowed, as main.ts allows a configured model host. */
function makeClient(
  options: FetcherOptions = { allowHosts: [{ kind: 'range', address: '127.0.0.1', prefixLength: 32, port: null }] },
): JsonClient {
  const client = createFetcher({ perHostSpacingMs: 0, ...options });
  clients.push(client);
  return client;
}

/** A server that reads the posted body, then answers with `answer`. */
async function jsonServer(
  answer: (body: string, request: IncomingMessage, response: ServerResponse) => void,
): Promise<LocalServer> {
  return startLocalServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(Buffer.concat(chunks).toString('utf8'), request, response));
  });
}

describe('createFetcher postJson', () => {
  it('posts the body as JSON with the given headers and returns the parsed answer', async () => {
    server = await jsonServer((body, request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ echo: JSON.parse(body), method: request.method }));
    });
    const answer = await makeClient().postJson(`${server.origin}/v1/chat`, {
      headers: { authorization: 'Bearer sk-test' },
      body: { model: 'test-model' },
    });
    expect(answer).toEqual({
      url: `${server.origin}/v1/chat`,
      status: 200,
      body: { echo: { model: 'test-model' }, method: 'POST' },
    });
    const [seen] = server.seen;
    expect(seen!.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Bearer sk-test',
    });
  });

  it('refuses a loopback host unless it is allowed, by address or by the name the settings give', async () => {
    server = await jsonServer((_body, _request, response) => response.end('{}'));
    const refused = await fetchFailure(makeClient({}).postJson(`${server.origin}/v1`, { body: {} }));
    expect(refused).toMatchObject({ code: 'forbidden-address', retryable: false });
    expect(server.seen).toHaveLength(0);

    const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const byName = `http://model.lan:${server.port}/v1`;
    const unnamed = await fetchFailure(makeClient({ lookup }).postJson(byName, { body: {} }));
    expect(unnamed.code).toBe('forbidden-address');
    expect(
      (
        await makeClient({ lookup, allowHosts: [{ kind: 'name', name: 'model.lan', port: null }] }).postJson(byName, {
          body: {},
        })
      ).status,
    ).toBe(200);
  });

  it("reads Retry-After on 429 and 529 with the fetcher's one cap, and quotes the start of the error answer", async () => {
    server = await jsonServer((_body, request, response) => {
      const [status, retryAfter] = (request.url ?? '').slice(1).split('/');
      response.writeHead(Number(status), { 'retry-after': retryAfter! });
      response.end('{"error":{"message":"slow down"}}');
    });
    const post = (path: string) => fetchFailure(makeClient().postJson(`${server!.origin}${path}`, { body: {} }));
    expect(await post('/429/30')).toMatchObject({
      code: 'http-status',
      status: 429,
      retryable: true,
      retryAfterMs: 30_000,
    });
    expect((await post(`/529/${10 * 365 * 86_400}`)).retryAfterMs).toBe(MAX_RETRY_AFTER_MS);
    expect((await post('/400/30')).retryAfterMs).toBeNull();
    expect((await post('/500/1')).message).toMatch(/answered HTTP 500: \{"error":\{"message":"slow down"\}\}$/);
  });

  it('fails an answer that is not JSON, one over the cap, one past the deadline, and a redirect', async () => {
    server = await jsonServer((_body, request, response) => {
      if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 1_000);
      if (request.url === '/moved') {
        response.writeHead(302, { location: '/elsewhere' });
        return void response.end();
      }
      response.end(request.url === '/big' ? JSON.stringify('x'.repeat(5_000)) : 'Here is your answer');
    });
    const post = (path: string, limits: { timeoutMs?: number; maxBodyBytes?: number } = {}) =>
      fetchFailure(makeClient().postJson(`${server!.origin}${path}`, { body: {}, ...limits }));
    expect((await post('/text')).code).toBe('invalid-json');
    expect((await post('/big', { maxBodyBytes: 1_000 })).code).toBe('too-large');
    expect((await post('/slow', { timeoutMs: 100 })).code).toBe('timeout');
    expect(await post('/moved')).toMatchObject({ code: 'http-status', status: 302 });
    expect(server.seen.map((request) => request.path)).not.toContain('/elsewhere');
  });
});
