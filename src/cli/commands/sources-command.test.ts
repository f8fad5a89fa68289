import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../test-support/run-cli-captured.js';

const cwd = mkdtempSync(join(tmpdir(), 'uc-sources-'));
/** Each CLI run opens the embedded store (seconds on a loaded machine); these tests make several. */
const CLI_TEST_TIMEOUT_MS = 120_000;
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('undercurrent sources add and list', () => {
  it(
    'recognises community URLs by their shape, without --kind and without a request, and lists record count and next due time',
    async () => {
      const reddit = await runCliCaptured(['sources', 'add', 'https://www.reddit.com/r/hardware/', '--json'], { cwd });
      expect(reddit.code, reddit.stderr).toBe(0);
      expect(JSON.parse(reddit.stdout)).toMatchObject({
        platform: 'reddit',
        kind: 'community',
        detection: { method: 'url-shape' },
      });
      const hn = await runCliCaptured(['sources', 'add', 'https://news.ycombinator.com/item?id=8863'], { cwd });
      expect(hn.stderr).toMatch(
        /added \S+ https:\/\/news\.ycombinator\.com\/item\?id=8863 \(community, hackernews\): a hackernews item, told by its URL/,
      );
      const forced = await runCliCaptured(
        ['sources', 'add', 'https://forum.example/t/topic/12', '--platform', 'discourse', '--json'],
        { cwd },
      );
      expect(JSON.parse(forced.stdout)).toMatchObject({
        platform: 'discourse',
        kind: 'community',
        detection: { method: 'override' },
      });

      const listed = JSON.parse((await runCliCaptured(['sources', 'list', '--json'], { cwd })).stdout);
      expect(
        listed.map((source: { platform: string; records: number; nextDueAt: string | null }) => [
          source.platform,
          source.records,
          source.nextDueAt,
        ]),
      ).toEqual([
        ['reddit', 0, null],
        ['hackernews', 0, null],
        ['discourse', 0, null],
      ]);
      const table = (await runCliCaptured(['sources', 'list'], { cwd })).stdout;
      expect(table).toMatch(/records\s+last fetch\s+next due/);
      expect(table).toMatch(/community\s+reddit\s+new\s+0\s+never\s+now/);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'stores a URL it cannot check (loopback is refused outside the demo) with the reason, instead of failing',
    async () => {
      const run = await runCliCaptured(['sources', 'add', 'http://127.0.0.1:9/feed.xml', '--kind', 'press'], { cwd });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/added .*\(press\): could not check it now \(.*loopback.*\); stored as given/);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
