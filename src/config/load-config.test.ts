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

describe('loadConfig demoDataDir', () => {
  it('keeps the demo out of the default folder and the folder the file names, unless --data or UNDERCURRENT_DATA say', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'dataDir: ./mine\n');
    const config = loadConfig({ cwd, env: {} });
    expect(config).toMatchObject({ dataDir: join(cwd, 'mine'), demoDataDir: join(cwd, 'undercurrent-demo-data') });
    const fresh = tempDir();
    expect(loadConfig({ cwd: fresh, env: {} })).toMatchObject({
      dataDir: join(fresh, 'undercurrent-data'),
      demoDataDir: join(fresh, 'undercurrent-demo-data'),
    });
    expect(loadConfig({ cwd, env: { UNDERCURRENT_DATA: '/tmp/chosen' } }).demoDataDir).toBe('/tmp/chosen');
    expect(loadConfig({ cwd, env: {}, overrides: { dataDir: 'flag' } }).demoDataDir).toBe(join(cwd, 'flag'));
  });
});

describe('loadConfig fetch.allowHosts', () => {
  it('allows no host by default', () => {
    expect(loadConfig({ cwd: tempDir(), env: {} }).fetch.allowHosts).toEqual([]);
  });

  it('reads the list from the file, and a comma-separated variable over it', () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'undercurrent.yaml'),
      'fetch:\n  timeoutMs: 5000\n  allowHosts: [rss-bridge.lan, "[::1]:3000"]\n',
    );
    expect(loadConfig({ cwd, env: {} }).fetch).toEqual({
      timeoutMs: 5000,
      allowHosts: [
        { kind: 'name', name: 'rss-bridge.lan', port: null },
        { kind: 'range', address: '::1', prefixLength: 128, port: 3000 },
      ],
    });
    const fromEnvironment = loadConfig({
      cwd,
      env: { UNDERCURRENT_FETCH_ALLOW_HOSTS: '192.168.1.0/24, 127.0.0.1:8080' },
    });
    expect(fromEnvironment.fetch).toEqual({
      timeoutMs: 5000,
      allowHosts: [
        { kind: 'range', address: '192.168.1.0', prefixLength: 24, port: null },
        { kind: 'range', address: '127.0.0.1', prefixLength: 32, port: 8080 },
      ],
    });
  });

  it('stops at start on a bad entry, naming the setting, the variable and the entry', () => {
    expect(() =>
      loadConfig({ cwd: tempDir(), env: { UNDERCURRENT_FETCH_ALLOW_HOSTS: 'rss-bridge.lan,127.0.0.1:99999' } }),
    ).toThrow(
      'invalid setting fetch.allowHosts (or environment variable UNDERCURRENT_FETCH_ALLOW_HOSTS): entry "127.0.0.1:99999" has "99999" where a port 1-65535 belongs; each entry is a host name, IP address or CIDR range with an optional port (rss-bridge.lan, 192.168.1.0/24, 127.0.0.1:8080, [::1]:3000).',
    );
    const cwd = tempDir();
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'fetch:\n  allowHosts: ["169.254.169.254"]\n');
    expect(() => loadConfig({ cwd, env: {} })).toThrow(
      /fetch\.allowHosts .*"169\.254\.169\.254" is a link-local address/,
    );
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
