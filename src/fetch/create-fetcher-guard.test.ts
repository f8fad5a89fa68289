import { describe, expect, it } from 'vitest';
import { createFetcher, type ClosableFetcher, type FetcherOptions } from './create-fetcher.js';
import type { ResolveHost } from './guarded-lookup.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';

let server: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;

closeAfterEach(
  () => fetcher,
  () => server,
);

function makeFetcher(options: FetcherOptions): ClosableFetcher {
  fetcher = createFetcher({ perHostSpacingMs: 0, ...options });
  return fetcher;
}

const failure = fetchFailure;

/** A resolver that answers from a table and records every name it was asked. */
function tableLookup(table: Record<string, string[]>): ResolveHost & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (hostname: string) => {
    asked.push(hostname);
    return (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { asked });
}

describe('createFetcher address guard', () => {
  it('refuses loopback by default with a message naming the rule, and sends nothing', async () => {
    server = await startLocalServer((_request, response) => response.end('secret'));
    const url = `${server.origin}/feed`;
    const error = await failure(makeFetcher({}).fetchPage(url));
    expect(error).toMatchObject({ code: 'forbidden-address', retryable: false, url });
    expect(error.message).toBe(
      `refused ${url}: loopback address (127.0.0.1); the fetcher contacts loopback and private hosts only when listed in fetch.allowHosts (UNDERCURRENT_FETCH_ALLOW_HOSTS)`,
    );
    expect(server.seen).toHaveLength(0);
  });

  it('fetches loopback when allowLoopback is set', async () => {
    server = await startLocalServer((_request, response) => response.end('local'));
    const page = await makeFetcher({ allowLoopback: true }).fetchPage(`${server.origin}/feed`);
    expect(new TextDecoder().decode(page.body)).toBe('local');
  });

  it('refuses every odd spelling of loopback in a URL', async () => {
    server = await startLocalServer((_request, response) => response.end('secret'));
    const port = server.port;
    const subject = makeFetcher({ lookup: tableLookup({ localhost: ['127.0.0.1'], 'foo.localhost': ['127.0.0.1'] }) });
    const hosts = [
      '127.1',
      '2130706433',
      '0x7f.1',
      '0177.0.0.1',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      'localhost',
      'foo.localhost',
      'LocalHost.',
    ];
    for (const host of hosts) {
      const error = await failure(subject.fetchPage(`http://${host}:${port}/feed`));
      expect(error.code, host).toBe('forbidden-address');
    }
    expect(server.seen).toHaveLength(0);
  });

  it('refuses private and metadata addresses even when loopback is allowed', async () => {
    const subject = makeFetcher({ allowLoopback: true });
    for (const url of [
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00::1]/',
      'http://100.64.1.1/',
      'http://0.0.0.0/',
    ]) {
      expect((await failure(subject.fetchPage(url))).code, url).toBe('forbidden-address');
    }
  });

  it('refuses at connect time a name that resolves to a private address', async () => {
    const lookup = tableLookup({ 'intranet.example': ['10.0.0.7'] });
    const error = await failure(makeFetcher({ allowLoopback: true, lookup }).fetchPage('http://intranet.example/feed'));
    expect(error.code).toBe('forbidden-address');
    expect(error.message).toBe(
      'refused http://intranet.example/feed: intranet.example resolves to private-network address (10.0.0.7); the fetcher contacts loopback and private hosts only when listed in fetch.allowHosts (UNDERCURRENT_FETCH_ALLOW_HOSTS)',
    );
    expect(lookup.asked).toEqual(['intranet.example']);
  });

  it('refuses a name that resolves to loopback unless loopback is allowed, and then connects to it', async () => {
    server = await startLocalServer((request, response) => response.end(request.headers.host));
    const lookup = tableLookup({ 'rebind.example': ['127.0.0.1'] });
    const url = `http://rebind.example:${server.port}/feed`;
    expect((await failure(makeFetcher({ lookup }).fetchPage(url))).code).toBe('forbidden-address');
    expect(server.seen).toHaveLength(0);
    await fetcher!.close();
    const page = await makeFetcher({ allowLoopback: true, lookup }).fetchPage(url);
    expect(new TextDecoder().decode(page.body)).toBe(`rebind.example:${server.port}`);
  });

  it('refuses a name when any one of its addresses is forbidden', async () => {
    server = await startLocalServer((_request, response) => response.end('ok'));
    const lookup = tableLookup({ 'mixed.example': ['127.0.0.1', '192.168.1.20'] });
    const error = await failure(
      makeFetcher({ allowLoopback: true, lookup }).fetchPage(`http://mixed.example:${server.port}/`),
    );
    expect(error.code).toBe('forbidden-address');
    expect(error.message).toContain('192.168.1.20');
    expect(server.seen).toHaveLength(0);
  });

  it('checks every redirect hop: a redirect to a private literal or name is refused', async () => {
    server = await startLocalServer((request, response) => {
      const location =
        request.url === '/to-literal' ? 'http://169.254.169.254/latest/meta-data/' : 'http://intranet.example/admin';
      response.writeHead(302, { location }).end();
    });
    const lookup = tableLookup({ 'intranet.example': ['10.0.0.7'] });
    const subject = makeFetcher({ allowLoopback: true, lookup });
    const literal = await failure(subject.fetchPage(`${server.origin}/to-literal`));
    expect(literal).toMatchObject({ code: 'forbidden-address', url: 'http://169.254.169.254/latest/meta-data/' });
    const named = await failure(subject.fetchPage(`${server.origin}/to-name`));
    expect(named).toMatchObject({ code: 'forbidden-address', url: 'http://intranet.example/admin' });
  });

  it('reports a name that does not resolve as a network error', async () => {
    const lookup = tableLookup({});
    const error = await failure(makeFetcher({ lookup }).fetchPage('http://nowhere.example/feed'));
    expect(error.code).toBe('network');
  });
});
