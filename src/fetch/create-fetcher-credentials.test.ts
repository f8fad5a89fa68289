import { describe, expect, it } from 'vitest';
import { createFetcher, type ClosableFetcher } from './create-fetcher.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';

let server: LocalServer | undefined;
let other: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;
closeAfterEach(
  () => fetcher,
  () => server,
  () => other,
);

const loopbackFetcher = () => (fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0 }));

describe('createFetcher with credentials', () => {
  it('sends Authorization on a redirect within its origin and drops it on one to another origin', async () => {
    other = await startLocalServer((_request, response) => response.end('elsewhere'));
    server = await startLocalServer((request, response) => {
      if (request.url === '/start') response.writeHead(302, { location: '/same' }).end();
      else if (request.url === '/same') response.writeHead(302, { location: `${other!.origin}/away` }).end();
      else response.writeHead(404).end();
    });
    const page = await loopbackFetcher().fetchPage(`${server.origin}/start`, undefined, {
      authorization: 'bearer secret-token',
    });
    expect(page.url).toBe(`${other.origin}/away`);
    expect(server.seen.map((seen) => seen.headers.authorization)).toEqual([
      'bearer secret-token',
      'bearer secret-token',
    ]);
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('POSTs a form body with its content type, and refuses to follow a POST redirect', async () => {
    let body = '';
    server = await startLocalServer((request, response) => {
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/token')
          response.writeHead(200, { 'content-type': 'application/json' }).end(`{"method":"${request.method}"}`);
        else response.writeHead(307, { location: '/token' }).end();
      });
    });
    const post = { contentType: 'application/x-www-form-urlencoded', body: 'grant_type=client_credentials' };
    const page = await loopbackFetcher().fetchPage(`${server.origin}/token`, undefined, { post });
    expect(new TextDecoder().decode(page.body)).toBe('{"method":"POST"}');
    expect(body).toBe('grant_type=client_credentials');
    expect(server.seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const refused = await fetchFailure(fetcher!.fetchPage(`${server.origin}/moved`, undefined, { post }));
    expect(refused.message).toMatch(/answered a POST with a redirect \(307\), which is not followed/);
    expect(server.seen).toHaveLength(2);
  });
});
