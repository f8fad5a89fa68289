import { describe, expect, it } from 'vitest';
import type { AllowedHost } from './allowed-host.js';
import { createFetcher, type ClosableFetcher } from './create-fetcher.js';
import type { ResolveHost } from './guarded-lookup.js';
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

/** A fetcher with the user's allow list and nothing else: loopback stays refused unless listed. */
function allowing(allowHosts: AllowedHost[], lookup?: ResolveHost): ClosableFetcher {
  fetcher = createFetcher({ perHostSpacingMs: 0, allowHosts, ...(lookup ? { lookup } : {}) });
  return fetcher;
}

const loopbackAt = (port: number | null): AllowedHost => ({
  kind: 'range',
  address: '127.0.0.1',
  prefixLength: 32,
  port,
});
const lanNames: ResolveHost = async (hostname) =>
  hostname.endsWith('.lan') ? [{ address: '127.0.0.1', family: 4 }] : [];
const text = (body: Uint8Array): string => new TextDecoder().decode(body);

describe('createFetcher with fetch.allowHosts', () => {
  it('fetches a loopback host and port the user listed', async () => {
    server = await startLocalServer((_request, response) => response.end('bridge'));
    const page = await allowing([loopbackAt(server.port)]).fetchPage(`${server.origin}/feed`);
    expect(text(page.body)).toBe('bridge');
  });

  it('fetches any port of a listed address or CIDR that names no port', async () => {
    server = await startLocalServer((_request, response) => response.end('range'));
    const cidr: AllowedHost = { kind: 'range', address: '127.0.0.0', prefixLength: 8, port: null };
    expect(text((await allowing([cidr]).fetchPage(`${server.origin}/feed`)).body)).toBe('range');
  });

  it('refuses a loopback port that is not listed, and sends nothing', async () => {
    server = await startLocalServer((_request, response) => response.end('secret'));
    other = await startLocalServer((_request, response) => response.end('bridge'));
    const error = await fetchFailure(allowing([loopbackAt(other.port)]).fetchPage(`${server.origin}/admin`));
    expect(error.code).toBe('forbidden-address');
    expect(error.message).toContain('fetch.allowHosts');
    expect(server.seen).toHaveLength(0);
  });

  it('refuses loopback when the list is empty (the default)', async () => {
    server = await startLocalServer((_request, response) => response.end('secret'));
    expect((await fetchFailure(allowing([]).fetchPage(`${server.origin}/`))).code).toBe('forbidden-address');
    expect(server.seen).toHaveLength(0);
  });

  it('refuses a redirect from an allowed host to a loopback port not on the list', async () => {
    other = await startLocalServer((_request, response) => response.end('internal admin'));
    server = await startLocalServer((_request, response) =>
      response.writeHead(302, { location: `${other!.origin}/admin` }).end(),
    );
    const error = await fetchFailure(allowing([loopbackAt(server.port)]).fetchPage(`${server.origin}/feed`));
    expect(error).toMatchObject({ code: 'forbidden-address', url: `${other.origin}/admin` });
    expect(server.seen).toHaveLength(1);
    expect(other.seen).toHaveLength(0);
  });

  it('lets a listed name reach its private address, on its port only, and no other name that resolves there', async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/hop') response.writeHead(302, { location: `http://other.lan:${server!.port}/x` }).end();
      else response.end(request.headers.host);
    });
    const subject = allowing([{ kind: 'name', name: 'bridge.lan', port: server.port }], lanNames);
    expect(text((await subject.fetchPage(`http://bridge.lan:${server.port}/feed`)).body)).toBe(
      `bridge.lan:${server.port}`,
    );
    const unlisted = await fetchFailure(subject.fetchPage(`http://other.lan:${server.port}/feed`));
    expect(unlisted.message).toContain('other.lan resolves to loopback address (127.0.0.1)');
    const redirected = await fetchFailure(subject.fetchPage(`http://bridge.lan:${server.port}/hop`));
    expect(redirected).toMatchObject({ code: 'forbidden-address', url: `http://other.lan:${server.port}/x` });
    expect(server.seen.map((seen) => seen.path)).toEqual(['/feed', '/hop']);
  });

  it('refuses a listed name on a port its entry does not name', async () => {
    server = await startLocalServer((_request, response) => response.end('other port'));
    const subject = allowing([{ kind: 'name', name: 'bridge.lan', port: 1 }], lanNames);
    expect((await fetchFailure(subject.fetchPage(`http://bridge.lan:${server.port}/`))).code).toBe('forbidden-address');
    expect(server.seen).toHaveLength(0);
  });

  it('opens localhost by name when localhost is listed', async () => {
    server = await startLocalServer((_request, response) => response.end('by name'));
    const subject = allowing([{ kind: 'name', name: 'localhost', port: server.port }], async () => [
      { address: '127.0.0.1', family: 4 },
    ]);
    expect(text((await subject.fetchPage(`http://localhost:${server.port}/`)).body)).toBe('by name');
  });

  it('never follows a redirect to a URL carrying credentials', async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/start')
        response.writeHead(302, { location: `http://user:secret@127.0.0.1:${server!.port}/in` }).end();
      else response.end(`reached with ${request.headers.authorization ?? 'nothing'}`);
    });
    const error = await fetchFailure(allowing([loopbackAt(server.port)]).fetchPage(`${server.origin}/start`));
    expect(error.code).toBe('forbidden-address');
    expect(error.message).toBe(`refused redirect from ${server.origin}/start to a URL carrying credentials`);
    expect(error.message).not.toContain('secret');
    expect(server.seen.map((seen) => seen.path)).toEqual(['/start']);
  });
});
