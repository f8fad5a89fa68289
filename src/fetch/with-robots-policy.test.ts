import { describe, expect, it } from 'vitest';
import { createFetcher, type ClosableFetcher } from './create-fetcher.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach, fetchFailure } from './__fixtures__/fetch-test-support.js';
import { withRobotsPolicy } from './with-robots-policy.js';

let server: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;
closeAfterEach(
  () => fetcher,
  () => server,
);

async function serveRobots(robots: { status: number; body: string }): Promise<LocalServer> {
  server = await startLocalServer((request, response) => {
    if (request.url === '/robots.txt')
      response.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body);
    else response.writeHead(200, { 'content-type': 'text/plain' }).end(`page ${request.url}`);
  });
  return server;
}

function polite(options: { allowLoopback?: boolean; sleep?: (ms: number) => Promise<void> } = {}): ClosableFetcher {
  fetcher = withRobotsPolicy(createFetcher({ allowLoopback: options.allowLoopback ?? true, perHostSpacingMs: 0 }), {
    userAgent: 'undercurrent/0.1 (+https://example.test)',
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  return fetcher;
}

const failure = fetchFailure;

describe('withRobotsPolicy', () => {
  it('refuses a path robots.txt disallows for undercurrent, fetches the rest, and reads robots.txt once', async () => {
    const local = await serveRobots({
      status: 200,
      body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: undercurrent\nDisallow: /members/\n',
    });
    const subject = polite();
    expect(new TextDecoder().decode((await subject.fetchPage(`${local.origin}/news/feed.xml`)).body)).toBe(
      'page /news/feed.xml',
    );
    const refused = await failure(subject.fetchPage(`${local.origin}/members/list`));
    expect(refused.code).toBe('robots-disallowed');
    expect(refused.message).toMatch(/robots\.txt disallows \/members\/list for undercurrent/);
    // The undercurrent group replaces the * group (RFC 9309 §2.2.1), so /private/ is open to us.
    await subject.fetchPage(`${local.origin}/private/x`);
    expect(local.seen.filter((request) => request.path === '/robots.txt')).toHaveLength(1);
  });

  it('reads a robots.txt that starts with a byte-order mark', async () => {
    const { origin } = await serveRobots({ status: 200, body: '\uFEFFUser-agent: *\nDisallow: /private\n' });
    const robots = polite();
    expect((await failure(robots.fetchPage(`${origin}/private/a`))).code).toBe('robots-disallowed');
    expect((await robots.fetchPage(`${origin}/public`)).status).toBe(200);
  });

  it('reads the first 500 KiB of an oversized robots.txt and ignores the rest (RFC 9309 §2.5)', async () => {
    const padding = '# padding line for an oversized robots.txt\n'.repeat(14_000);
    const { origin } = await serveRobots({
      status: 200,
      body: `User-agent: *\nDisallow: /private\n${padding}Disallow: /late\n`,
    });
    const robots = polite();
    expect((await failure(robots.fetchPage(`${origin}/private/a`))).code).toBe('robots-disallowed');
    expect((await robots.fetchPage(`${origin}/late/a`)).status).toBe(200);
  });

  it('reads a 4xx robots.txt as no rules', async () => {
    const local = await serveRobots({ status: 404, body: 'not found' });
    await expect(polite().fetchPage(`${local.origin}/anything`)).resolves.toMatchObject({ status: 200 });
  });

  it('reads a 5xx robots.txt as disallowing everything, and says so', async () => {
    const local = await serveRobots({ status: 503, body: 'down' });
    const refused = await failure(polite().fetchPage(`${local.origin}/feed.xml`));
    expect(refused.code).toBe('robots-disallowed');
    expect(refused.message).toMatch(/could not be read .*RFC 9309 treats as disallowing everything/);
    expect(local.seen.map((request) => request.path)).toEqual(['/robots.txt']);
  });

  it('waits out a Crawl-delay between requests to one site', async () => {
    const local = await serveRobots({ status: 200, body: 'User-agent: undercurrent\nCrawl-delay: 2\n' });
    const waits: number[] = [];
    const subject = polite({ sleep: async (ms) => void waits.push(ms) });
    await subject.fetchPage(`${local.origin}/a`);
    await subject.fetchPage(`${local.origin}/b`);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1_500);
  });

  it("reports the address guard's refusal as it is, not as a robots.txt problem", async () => {
    const local = await serveRobots({ status: 200, body: '' });
    const refused = await failure(polite({ allowLoopback: false }).fetchPage(`${local.origin}/feed.xml`));
    expect(refused.code).toBe('forbidden-address');
  });
});
