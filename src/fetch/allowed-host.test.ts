import { describe, expect, it } from 'vitest';
import { connectionTargetOf, matchesAllowedHost, type AllowedHost } from './allowed-host.js';

const range = (address: string, prefixLength: number, port: number | null = null): AllowedHost => ({
  kind: 'range',
  address,
  prefixLength,
  port,
});

describe('matchesAllowedHost', () => {
  it.each([
    ['192.168.1.0', 24, '192.168.1.77', true],
    ['192.168.1.0', 24, '192.168.2.1', false],
    ['10.0.0.0', 8, '10.255.0.1', true],
    ['127.0.0.1', 32, '127.0.0.1', true],
    ['127.0.0.1', 32, '127.0.0.2', false],
    ['fd00::', 8, 'fd12:3456::1', true],
    ['fd00::', 8, 'fe80::1', false],
    ['::1', 128, '::1', true],
    ['127.0.0.1', 32, '::ffff:127.0.0.1', true],
    ['127.0.0.1', 32, '::1', false],
    ['::1', 128, '127.0.0.1', false],
  ])('a range %s/%i matches %s: %s', (address, prefixLength, connected, expected) => {
    const target = { hostname: connected, port: 80 };
    expect(matchesAllowedHost(range(address, prefixLength), target, connected)).toBe(expected);
  });

  it('requires the port when the entry names one, and any port when it does not', () => {
    const target = { hostname: '127.0.0.1', port: 8080 };
    expect(matchesAllowedHost(range('127.0.0.1', 32, 8080), target, '127.0.0.1')).toBe(true);
    expect(matchesAllowedHost(range('127.0.0.1', 32, 8081), target, '127.0.0.1')).toBe(false);
    expect(matchesAllowedHost(range('127.0.0.1', 32), target, '127.0.0.1')).toBe(true);
  });

  it('matches a name entry on the request host name whatever the address, ignoring case and a trailing dot', () => {
    const entry: AllowedHost = { kind: 'name', name: 'rss-bridge.lan', port: null };
    expect(matchesAllowedHost(entry, { hostname: 'RSS-Bridge.lan.', port: 80 }, '192.168.1.5')).toBe(true);
    expect(matchesAllowedHost(entry, { hostname: 'rss-bridge.lan', port: 80 }, null)).toBe(true);
    expect(matchesAllowedHost(entry, { hostname: 'evil.rss-bridge.lan', port: 80 }, '192.168.1.5')).toBe(false);
    expect(matchesAllowedHost(entry, { hostname: '192.168.1.5', port: 80 }, '192.168.1.5')).toBe(false);
  });

  it('does not match a range before the address is known', () => {
    expect(matchesAllowedHost(range('127.0.0.0', 8), { hostname: 'x.lan', port: 80 }, null)).toBe(false);
  });
});

describe('connectionTargetOf', () => {
  it('gives the scheme default port when the URL names none', () => {
    expect(connectionTargetOf(new URL('http://bridge.lan/feed'))).toEqual({ hostname: 'bridge.lan', port: 80 });
    expect(connectionTargetOf(new URL('https://bridge.lan/feed'))).toEqual({ hostname: 'bridge.lan', port: 443 });
    expect(connectionTargetOf(new URL('http://[::1]:3000/'))).toEqual({ hostname: '[::1]', port: 3000 });
  });
});
