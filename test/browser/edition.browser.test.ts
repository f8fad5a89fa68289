/**
 * Reads the sample edition in a real browser: front page, a story, a citation, its record page;
 * saves a screenshot of each at desktop and mobile widths in test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../src/publish/web/create-web-app.js';
import { serveWebApp, type RunningWebServer } from '../../src/publish/web/serve-web-app.js';
import { findChromium, launchChromium } from '../../src/test-support/launch-chromium.js';
import { createSampleStore, sampleEdition } from '../../src/test-support/sample-edition.js';

const SCREENSHOT_DIR = resolve(process.cwd(), 'test-output/screenshots');
/** A common laptop width and an iPhone 12-15 width, in CSS pixels. */
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } } as const;

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI)
  throw new Error('Chromium is missing at /usr/bin/chromium; CI must install it (apt-get install chromium).');
if (!chromiumPath)
  console.warn('Skipping the browser test: no Chromium at /usr/bin/chromium (apt-get install chromium).');

describe.skipIf(!chromiumPath)('the edition in Chromium', () => {
  let browser: Browser;
  let server: RunningWebServer;
  const sample = sampleEdition();

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    server = await serveWebApp(
      createWebApp({ store: await createSampleStore(sample), siteTitle: 'The Undercurrent' }),
      { port: 0 },
    );
    browser = (await launchChromium())!;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function shoot(page: Page, name: string) {
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }

  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    it(`reads front page, story and cited record at ${width} width`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') failures.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));

      await page.goto(server.url);
      expect(await page.locator('.teaser-headline a').first().textContent()).toBe(sample.stories[0]!.headline.text);
      const fontSize = await page.locator('body').evaluate((body) => getComputedStyle(body).fontSize);
      expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(17);
      await shoot(page, `front-${width}`);

      await page.locator('.teaser-headline a').first().click();
      await page.waitForURL(`**/stories/${sample.stories[0]!.id}`);
      for (const section of sample.stories[0]!.sections) {
        expect(await page.getByRole('heading', { name: section.title }).isVisible()).toBe(true);
      }
      expect(await page.locator('.methodology').isVisible()).toBe(true);
      await shoot(page, `story-${width}`);

      const citation = page.locator('.story-section sup.cite a').first();
      const target = await citation.getAttribute('href');
      await citation.click();
      await page.waitForURL(`**${target}`);
      expect(await page.locator('h1.record-title').isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Cited in' }).isVisible()).toBe(true);
      await shoot(page, `record-${width}`);

      expect(failures).toEqual([]);
      await context.close();
    });
  }
});
