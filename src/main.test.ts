import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config/load-config.js';
import { FetchError } from './fetch/fetch-error.js';
import { composeApp, composeDemoApp } from './main.js';

/** Opening the embedded store takes seconds on a loaded machine. */
const STORE_TEST_TIMEOUT_MS = 60_000;
const folder = mkdtempSync(join(tmpdir(), 'uc-main-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const configWith = (env: Record<string, string> = {}) => loadConfig({ cwd: folder, env });

describe('composeApp: the connectors', () => {
  it('hands the connectors the credentials and bases the settings give, and one set of sessions', () => {
    const { connectors } = composeApp(
      configWith({
        UNDERCURRENT_REDDIT_CLIENT_ID: 'id',
        UNDERCURRENT_REDDIT_CLIENT_SECRET: 'secret',
        UNDERCURRENT_BLUESKY_IDENTIFIER: 'me.bsky.social',
        UNDERCURRENT_BLUESKY_APP_PASSWORD: 'pw',
      }),
    );
    expect(connectors).toMatchObject({
      redditCredentials: { clientId: 'id', clientSecret: 'secret' },
      blueskyCredentials: { identifier: 'me.bsky.social', appPassword: 'pw' },
      sessions: expect.any(Object),
    });
    expect(connectors).not.toHaveProperty('redditOAuthBase');
  });

  it('sets no credentials when none are configured: public data needs none', () => {
    expect(Object.keys(composeApp(configWith()).connectors)).toEqual(['sessions']);
  });

  it('gives the demo the connectors’ defaults, so no configured credential is sent to the demo site', () => {
    const app = composeDemoApp(
      configWith({ UNDERCURRENT_REDDIT_CLIENT_ID: 'id', UNDERCURRENT_REDDIT_CLIENT_SECRET: 'secret' }),
    );
    expect(app.connectors).toEqual({});
  });
});

describe('composeApp: the engine and the clock', () => {
  it('picks the classical engine by default', () => {
    expect(composeApp(configWith()).engine.name).toBe('classical');
  });

  it('picks the model the settings name when the engine is an LLM', () => {
    const app = composeApp(
      configWith({
        UNDERCURRENT_ENGINE: 'openai-compatible',
        UNDERCURRENT_LLM_URL: 'http://127.0.0.1:11434/v1',
        UNDERCURRENT_LLM_MODEL: 'some-model',
      }),
    );
    expect(app.engine.name).not.toBe('classical');
  });

  it('hands every part the clock it was given', () => {
    const now = () => new Date('2026-01-02T03:04:05.000Z');
    expect(composeApp(configWith(), { now }).now).toBe(now);
  });
});

describe('composeApp: the fetchers', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('hello\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page.txt`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses loopback addresses: no setting lets a user fetch from them', async () => {
    const app = composeApp(configWith());
    const refused = await app.fetcher.fetchPage(url).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FetchError);
    expect((refused as FetchError).code).toBe('forbidden-address');
    await expect(app.detectionFetcher.fetchPage(url)).rejects.toMatchObject({ code: 'forbidden-address' });
    await app.close();
  });

  it('lets the demo app fetch from loopback, where the bundled site listens', async () => {
    const app = composeDemoApp(configWith());
    const page = await app.fetcher.fetchPage(url);
    expect(new TextDecoder().decode(page.body)).toBe('hello\n');
    await app.close();
  });
});

describe('composeApp: the store', () => {
  it(
    'opens the store in the data folder on first use, once, and closes it with the app',
    async () => {
      const app = composeApp(loadConfig({ cwd: folder, env: {}, overrides: { dataDir: join(folder, 'data') } }));
      const store = await app.store();
      expect(await app.store()).toBe(store);
      expect(await store.listSources()).toEqual([]);
      await app.close();
      // The data folder is locked while a store holds it: a second app can open it only after the close.
      const again = composeApp(loadConfig({ cwd: folder, env: {}, overrides: { dataDir: join(folder, 'data') } }));
      expect(await (await again.store()).listSources()).toEqual([]);
      await again.close();
    },
    STORE_TEST_TIMEOUT_MS,
  );
});
