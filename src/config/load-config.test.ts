import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'uc-config-'));
}

describe('loadConfig', () => {
  it('uses the defaults when there is no file and no environment', () => {
    const cwd = tempDir();
    const config = loadConfig({ cwd, env: {} });
    expect(config.dataDir).toBe(join(cwd, 'undercurrent-data'));
    expect(config.databaseUrl).toBeNull();
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8780 });
    expect(config.retention).toEqual({ days: 90 });
  });

  it('reads retention.days from the file and refuses a period that is not a positive number of days', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'retention:\n  days: 30\n');
    expect(loadConfig({ cwd, env: {} }).retention.days).toBe(30);
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'retention:\n  days: 0\n');
    expect(() => loadConfig({ cwd, env: {} })).toThrow(/retention\.days/);
  });

  it('reads the default file, then lets the environment and flags override it', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'dataDir: ./from-file\nserver:\n  port: 9000\n');
    expect(loadConfig({ cwd, env: {} }).server.port).toBe(9000);
    const config = loadConfig({
      cwd,
      env: { UNDERCURRENT_DATA: '/tmp/from-env', UNDERCURRENT_PORT: '9100' },
      overrides: { port: 9200 },
    });
    expect(config.dataDir).toBe('/tmp/from-env');
    expect(config.server.port).toBe(9200);
  });

  it('names the key and the variable when a value is invalid', () => {
    const cwd = tempDir();
    expect(() => loadConfig({ cwd, env: { DATABASE_URL: 'mysql://x' } })).toThrow(
      /databaseUrl \(or environment variable DATABASE_URL\)/,
    );
    expect(() => loadConfig({ cwd, env: { UNDERCURRENT_PORT: 'eighty' } })).toThrow(ConfigError);
  });

  it('reads connector credentials from the environment over the file, and API bases from the file', () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'undercurrent.yaml'),
      'connectors:\n  reddit: { clientId: file-id, clientSecret: file-secret, oauthApiBase: "http://127.0.0.1:9/oauth/" }\n  hackerNews: { apiBase: "http://127.0.0.1:9" }\n',
    );
    const config = loadConfig({
      cwd,
      env: {
        UNDERCURRENT_REDDIT_CLIENT_SECRET: 'env-secret',
        UNDERCURRENT_BLUESKY_IDENTIFIER: 'me.bsky.social',
        UNDERCURRENT_BLUESKY_APP_PASSWORD: 'aaaa-bbbb-cccc-dddd',
      },
    });
    expect(config.connectors).toEqual({
      reddit: { clientId: 'file-id', clientSecret: 'env-secret', oauthApiBase: 'http://127.0.0.1:9/oauth' },
      bluesky: { identifier: 'me.bsky.social', appPassword: 'aaaa-bbbb-cccc-dddd' },
      hackerNews: { apiBase: 'http://127.0.0.1:9' },
    });
    expect(loadConfig({ cwd: tempDir(), env: {} }).connectors).toEqual({ reddit: {}, bluesky: {}, hackerNews: {} });
  });

  it('refuses half a credential, naming the missing key and its variable', () => {
    expect(() => loadConfig({ cwd: tempDir(), env: { UNDERCURRENT_REDDIT_CLIENT_ID: 'id-only' } })).toThrow(
      /invalid setting connectors\.reddit\.clientSecret \(or environment variable UNDERCURRENT_REDDIT_CLIENT_SECRET\): goes with clientId/,
    );
    expect(() =>
      loadConfig({ cwd: tempDir(), env: { UNDERCURRENT_BLUESKY_APP_PASSWORD: 'aaaa-bbbb-cccc-dddd' } }),
    ).toThrow(/connectors\.bluesky\.appPassword .*goes with identifier/);
  });

  it('rejects unknown keys in the file, naming them', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'datadir: ./typo\n');
    expect(() => loadConfig({ cwd, env: {} })).toThrow(/datadir|unrecognized/i);
  });

  it('fails when an explicit config file is missing', () => {
    expect(() => loadConfig({ cwd: tempDir(), env: {}, configFile: 'nope.yaml' })).toThrow(/does not exist/);
  });
});

describe('loadConfig publisher families', () => {
  const table = 'families:\n  - name: Harbor Media Group\n    venues: [The Harbor Times, Harbor Evening Post]\n';

  it('reads config/publisher-families.yaml next to the config file when present, and none otherwise', () => {
    const cwd = tempDir();
    expect(loadConfig({ cwd, env: {} })).toMatchObject({ publisherFamiliesFile: null, publisherFamilies: [] });
    mkdirSync(join(cwd, 'site', 'config'), { recursive: true });
    writeFileSync(join(cwd, 'site', 'undercurrent.yaml'), 'siteTitle: Harbor desk\n');
    writeFileSync(join(cwd, 'site', 'config', 'publisher-families.yaml'), table);
    const config = loadConfig({ cwd, env: {}, configFile: 'site/undercurrent.yaml' });
    expect(config.publisherFamiliesFile).toBe(join(cwd, 'site', 'config', 'publisher-families.yaml'));
    expect(config.publisherFamilies).toEqual([
      { name: 'Harbor Media Group', venues: ['The Harbor Times', 'Harbor Evening Post'], hosts: [] },
    ]);
  });

  it('reads the file publisherFamiliesFile or UNDERCURRENT_PUBLISHER_FAMILIES names, and fails when it is missing', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'families.yaml'), table);
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'publisherFamiliesFile: families.yaml\n');
    expect(loadConfig({ cwd, env: {} }).publisherFamilies).toHaveLength(1);
    expect(() => loadConfig({ cwd, env: { UNDERCURRENT_PUBLISHER_FAMILIES: 'nope.yaml' } })).toThrow(
      /environment variable UNDERCURRENT_PUBLISHER_FAMILIES: publisher families file .*nope\.yaml does not exist/,
    );
  });

  it('stops at start on a bad families file, naming the file and the entry', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'config'));
    writeFileSync(
      join(cwd, 'config', 'publisher-families.yaml'),
      'families:\n  - name: Harbor Media Group\n    venues: []\n',
    );
    expect(() => loadConfig({ cwd, env: {} })).toThrow(ConfigError);
    expect(() => loadConfig({ cwd, env: {} })).toThrow(
      `publisher families file ${join(cwd, 'config', 'publisher-families.yaml')}: families[0] "Harbor Media Group": lists no venues and no hosts`,
    );
  });
});
