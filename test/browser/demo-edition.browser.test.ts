/**
 * Reads the real demo edition in Chromium: built by `undercurrent demo --no-serve` in a temporary
 * folder (corpus served on loopback, fetched, clustered, written, verified), then served from its store.
 * Follows the lead story and one of its citations, checking each page, and saves screenshots in
 * test-output/screenshots/ (docs/screenshot-*.png are copies of these).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/model/index.js';
import { createWebApp } from '../../src/publish/web/create-web-app.js';
import { serveWebApp, type RunningWebServer } from '../../src/publish/web/serve-web-app.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import type { RecordStore } from '../../src/store/record-store.js';
import { findChromium, launchChromium } from '../../src/test-support/launch-chromium.js';
import { runCliCaptured } from '../../src/test-support/run-cli-captured.js';

const SCREENSHOT_DIR = resolve(process.cwd(), 'test-output/screenshots');
const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI)
  throw new Error('Chromium is missing at /usr/bin/chromium; CI must install it (apt-get install chromium).');

describe.skipIf(!chromiumPath)('the demo edition in Chromium', () => {
  let browser: Browser;
  let server: RunningWebServer;
  let store: RecordStore;
  let lead: Story;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const cwd = mkdtempSync(join(tmpdir(), 'uc-demo-browser-'));
    const run = await runCliCaptured(['demo', '--no-serve', '--json'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const { edition } = JSON.parse(run.stdout) as { edition: string };
    store = await openRecordStore({ dataDir: join(cwd, 'undercurrent-demo-data') });
    lead = (await store.storiesOfEdition(edition))[0]!;
    server = await serveWebApp(createWebApp({ store, siteTitle: 'undercurrent' }), { port: 0 });
    browser = (await launchChromium())!;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('shows the lead story, its sections and Methodology, and a citation opens the cited record', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));

    await page.goto(server.url);
    expect(await page.locator('.teaser-headline a').first().textContent()).toBe(lead.headline.text);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'demo-front.png'), fullPage: true });

    await page.locator('.teaser-headline a').first().click();
    await page.waitForURL(`**/stories/${lead.id}`);
    for (const section of lead.sections)
      expect(await page.getByRole('heading', { name: section.title }).isVisible()).toBe(true);
    expect(await page.locator('.methodology').textContent()).toContain('No human editorial judgment was applied.');
    await page.screenshot({
      path: join(SCREENSHOT_DIR, 'demo-story.png'),
      clip: { x: 0, y: 0, width: 1280, height: 1400 },
      fullPage: true,
    });

    const citation = page.locator('.story-section sup.cite a').first();
    const target = (await citation.getAttribute('href'))!;
    const recordId = decodeURIComponent(target.split('/').pop()!);
    expect(lead.recordIds).toContain(recordId);
    await citation.click();
    await page.waitForURL(`**${target}`);
    const record = (await store.recordById(recordId))!;
    const firstParagraph = record.text.split(/\n\n/)[0]!.slice(0, 40);
    expect(await page.locator('main').textContent()).toContain(firstParagraph);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'demo-record.png'), fullPage: true });

    expect(failures).toEqual([]);
    await context.close();
  });
});
