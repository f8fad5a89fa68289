/**
 * @module test-support/launch-chromium
 * Starts Debian's system Chromium through playwright-core for browser tests, with a throwaway profile
 * and no background traffic; reports a missing browser as null so callers decide to skip or fail.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet, sandbox-free headless run in a container: no GPU, no first-run UI,
 * no update, sync or other background network traffic.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The Chromium executable to use: `executablePath` when given, else the Debian path; null when it is not there. */
export function findChromium(executablePath: string = DEFAULT_CHROMIUM_PATH): string | null {
  return existsSync(executablePath) ? executablePath : null;
}

/**
 * Launches Chromium headless; null when the executable is missing. Playwright gives each launch a fresh
 * temporary `--user-data-dir` and deletes it on `browser.close()` (it refuses one passed in `args`).
 */
export async function launchChromium(options: { executablePath?: string } = {}): Promise<Browser | null> {
  const executablePath = findChromium(options.executablePath);
  if (!executablePath) return null;
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}
