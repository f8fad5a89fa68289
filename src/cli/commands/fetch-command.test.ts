import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../fetch/__fixtures__/start-local-server.js';
import { runCliCaptured } from '../../test-support/run-cli-captured.js';
import { describeWaiting, failedSourcesMessage } from './fetch-command.js';

const cwd = mkdtempSync(join(tmpdir(), 'uc-fetch-'));
/** Each CLI run opens the embedded store (seconds on a loaded machine); this test makes four. */
const CLI_TEST_TIMEOUT_MS = 120_000;
let feedServer: LocalServer | undefined;
afterAll(async () => {
  rmSync(cwd, { recursive: true, force: true });
  await feedServer?.close();
});

const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Bridge</title><link>http://bridge.example/</link>' +
  '<item><title>Ferry timetable changes</title><link>http://bridge.example/ferry</link><guid>f1</guid>' +
  '<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description>The ferry runs later.</description></item>' +
  '</channel></rss>';
/** A PNG signature, NUL bytes and an escape sequence that would clear the screen. */
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x1b, 0x5b, 0x32, 0x4a, 0x49]);
/** Control characters a terminal acts on; none may reach the output. Line feeds are allowed. */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('undercurrent fetch', () => {
  it(
    'lists a source it skipped because it is backing off, with its next due time and reason',
    async () => {
      // Loopback is refused outside the demo: the first fetch fails, so the source backs off.
      expect(
        (await runCliCaptured(['sources', 'add', 'http://127.0.0.1:9/feed.xml', '--kind', 'press'], { cwd })).code,
      ).toBe(0);
      const first = await runCliCaptured(['fetch'], { cwd });
      expect(first.stderr).toMatch(/FAILING\s+http:\/\/127\.0\.0\.1:9\/feed\.xml: forbidden-address/);
      expect(first.code).toBe(1);
      expect(first.stderr).toMatch(
        /undercurrent: 1 of 1 source failed:\n {2}\S+ http:\/\/127\.0\.0\.1:9\/feed\.xml: forbidden-address/,
      );
      const second = await runCliCaptured(['fetch'], { cwd });
      expect(second.stderr).toMatch(
        /skipped\s+http:\/\/127\.0\.0\.1:9\/feed\.xml: backing off until \d{4}-\d\d-\d\dT[\d:.]+Z: forbidden-address/,
      );
      const json = JSON.parse((await runCliCaptured(['fetch', '--json'], { cwd })).stdout);
      expect(json).toMatchObject({
        sources: 0,
        skipped: 1,
        waiting: [
          { status: 'backing-off', url: 'http://127.0.0.1:9/feed.xml', reason: expect.stringMatching(/loopback/) },
        ],
      });
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'fetches a loopback feed listed in UNDERCURRENT_FETCH_ALLOW_HOSTS, exits 1 naming a binary source that failed, and prints no control characters',
    async () => {
      feedServer = await startLocalServer((request, response) => {
        if (request.url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
        else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(BINARY);
      });
      const folder = mkdtempSync(join(cwd, 'allow-'));
      const env = { UNDERCURRENT_FETCH_ALLOW_HOSTS: `127.0.0.1:${feedServer.port}` };
      for (const path of ['/image.png', '/feed.xml'])
        expect(
          (
            await runCliCaptured(['sources', 'add', `${feedServer.origin}${path}`, '--platform', 'feed'], {
              cwd: folder,
              env,
            })
          ).code,
        ).toBe(0);
      const run = await runCliCaptured(['fetch'], { cwd: folder, env });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`ok\\s+${feedServer.origin}/feed\\.xml: 1 records`));
      expect(run.stderr).toMatch(
        new RegExp(
          `undercurrent: 1 of 2 sources failed \\(the others were fetched\\):\\n {2}\\S+ ${feedServer.origin}/image\\.png: \\S`,
        ),
      );
      expect(run.stderr).not.toMatch(TERMINAL_CONTROLS);
      const list = await runCliCaptured(['sources', 'list'], { cwd: folder, env });
      expect(list.stdout).toContain(`${feedServer.origin}/image.png`);
      expect(list.stdout).not.toMatch(TERMINAL_CONTROLS);
      // The next run fetches the feed again and skips the failing source while it backs off: nothing failed.
      const again = await runCliCaptured(['fetch'], { cwd: folder, env });
      expect(again.stderr).toMatch(/skipped\s+\S+\/image\.png: backing off/);
      expect(again.code).toBe(0);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it('exits 0 when no source failed', () => {
    expect(failedSourcesMessage([{ sourceId: 'a', url: 'https://a.example/', status: 'not-modified' }])).toBeNull();
  });

  it('says how to resume a paused source', () => {
    const line = describeWaiting({
      sourceId: 'abc',
      url: 'https://down.example/feed.xml',
      status: 'paused',
      reason: null,
      nextDueAt: null,
    });
    expect(line).toBe('skipped  https://down.example/feed.xml: paused (resume with `undercurrent sources resume abc`)');
  });
});
