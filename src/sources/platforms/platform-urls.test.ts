import { describe, expect, it } from 'vitest';
import { PLATFORMS, PLATFORM_FACTS } from '../../model/index.js';
import { INSTANCE_PROBES, PLATFORM_URLS } from './platform-urls.js';

describe('PLATFORM_URLS', () => {
  it('has an entry for every community platform and none for press', () => {
    const community = PLATFORMS.filter((platform) => PLATFORM_FACTS[platform].defaultKind === 'community');
    expect(Object.keys(PLATFORM_URLS).sort()).toEqual([...community].sort());
  });

  it('tries the platforms told by their hosts before those on any host', () => {
    const told = Object.values(PLATFORM_URLS).map((urls) => urls.hosts !== null);
    expect(told).toEqual([...told].sort((a, b) => Number(b) - Number(a)));
  });

  it('makes every target it reads name its own platform', () => {
    const url = new URL('https://example.org/t/slug/42');
    for (const [platform, urls] of Object.entries(PLATFORM_URLS)) {
      const target = urls.targetOf(url);
      if (target) expect(target.platform).toBe(platform);
    }
  });
});

describe('INSTANCE_PROBES', () => {
  it('probes Mastodon, then Discourse', () => {
    expect(INSTANCE_PROBES.map((probe) => [probe.platform, probe.path])).toEqual([
      ['mastodon', '/api/v1/instance'],
      ['discourse', '/site.json'],
    ]);
  });

  it("recognises each platform's answer and not the other's", () => {
    const [mastodon, discourse] = INSTANCE_PROBES;
    const instance = { uri: 'harbor.social', version: '4.3.0' };
    const site = { categories: [], default_archetype: 'regular' };
    expect([mastodon!.looksRight(instance), mastodon!.looksRight(site)]).toEqual([true, false]);
    expect([discourse!.looksRight(site), discourse!.looksRight(instance)]).toEqual([true, false]);
  });
});
