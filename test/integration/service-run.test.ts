/**
 * `undercurrent run` as a user meets it: a loopback feed fetched on its interval and published,
 * `sources list` and `sources add` from other processes while run holds the data folder, and a
 * SIGTERM that ends it with exit 0 within 10 s. Runs bin/undercurrent.js (build first).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/undercurrent.js');
const dataDir = mkdtempSync(join(tmpdir(), 'uc-service-'));
// TODO(issue 15 §7): UNDERCURRENT_FETCH_ALLOW_HOSTS alone once h-hosts is merged.
const env = { ...process.env, UNDERCURRENT_FETCH_ALLOW_HOSTS: '127.0.0.1' };
let feedServer: Server;
let feedUrl = '';
let requests = 0;

const item = (guid: string, title: string) =>
  `<item><title>${title}</title><link>http://example.org/${guid}</link><guid>${guid}</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>${title}.</description></item>`;
let items = [item('a1', 'Harbor council votes to close the north pier for repairs')];

function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, '--data', dataDir, ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

async function until<T>(probe: () => T | null, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  feedServer = createServer((_request, response) => {
    requests += 1;
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Loop</title>${items.join('')}</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
});

afterAll(() => {
  feedServer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('undercurrent run', () => {
  it('fetches a due feed again on its interval while other commands use the store, and stops on SIGTERM', async () => {
    expect(cli(['sources', 'add', feedUrl, '--every', '10s']).status).toBe(0);
    const run: ChildProcess = spawn(
      process.execPath,
      [BIN, '--data', dataDir, 'run', '--port', '0', '--schedule-every', '2'],
      { env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    run.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    try {
      await until(() => (log.includes('stories-updated') ? true : null), 90_000);
      const listed = cli(['sources', 'list', '--json']);
      expect(listed.status, listed.stderr).toBe(0);
      const [source] = JSON.parse(listed.stdout) as Array<{ records: number; nextDueAt: string; everySeconds: number }>;
      expect(source).toMatchObject({ records: 1, everySeconds: 10 });
      expect(Date.parse(source!.nextDueAt)).toBeGreaterThan(Date.now() - 60_000);

      items = [...items, item('a2', 'North pier closure to last six weeks')];
      const added = cli(['sources', 'add', 'https://www.reddit.com/r/harbor/']);
      expect(added.status, added.stderr).toBe(0);
      await until(() => {
        const again = JSON.parse(cli(['sources', 'list', '--json']).stdout) as Array<{ url: string; records: number }>;
        return again.find((each) => each.url === feedUrl)?.records === 2 ? true : null;
      }, 60_000);
      expect(requests).toBeGreaterThanOrEqual(2);
      expect(cli(['jobs']).status).toBe(0);
    } finally {
      const stoppedAt = Date.now();
      run.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
      expect(code, log).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    }
    // The lock and the endpoint file went with it.
    expect(readdirSync(dataDir).sort()).toEqual(['pgdata']);
  }, 300_000);
});
