import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../test-support/run-cli-captured.js';
import { describeWaiting } from './fetch-command.js';

const cwd = mkdtempSync(join(tmpdir(), 'uc-fetch-'));
/** Each CLI run opens the embedded store (seconds on a loaded machine); this test makes four. */
const CLI_TEST_TIMEOUT_MS = 120_000;
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

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
