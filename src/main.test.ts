import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config/load-config.js';
import { configuredConnectorOptions } from './main.js';

describe('configuredConnectorOptions', () => {
  it('hands the connectors the credentials and bases the settings give, and one set of sessions', () => {
    const config = loadConfig({
      cwd: mkdtempSync(join(tmpdir(), 'uc-main-')),
      env: {
        UNDERCURRENT_REDDIT_CLIENT_ID: 'id',
        UNDERCURRENT_REDDIT_CLIENT_SECRET: 'secret',
        UNDERCURRENT_BLUESKY_IDENTIFIER: 'me.bsky.social',
        UNDERCURRENT_BLUESKY_APP_PASSWORD: 'pw',
      },
    });
    const options = configuredConnectorOptions(config);
    expect(options).toMatchObject({
      redditCredentials: { clientId: 'id', clientSecret: 'secret' },
      blueskyCredentials: { identifier: 'me.bsky.social', appPassword: 'pw' },
      sessions: expect.any(Object),
    });
    expect(options).not.toHaveProperty('redditOAuthBase');
  });

  it('sets no credentials when none are configured: public data needs none', () => {
    const options = configuredConnectorOptions(loadConfig({ cwd: mkdtempSync(join(tmpdir(), 'uc-main-')), env: {} }));
    expect(Object.keys(options)).toEqual(['sessions']);
  });
});
