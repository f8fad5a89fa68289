import { describe, expect, it } from 'vitest';
import { parseAllowedHost } from './parse-allowed-host.js';

describe('parseAllowedHost', () => {
  it.each([
    ['rss-bridge.lan', { kind: 'name', name: 'rss-bridge.lan', port: null }],
    ['  Forum.Home.  ', { kind: 'name', name: 'forum.home', port: null }],
    ['localhost:3000', { kind: 'name', name: 'localhost', port: 3000 }],
    ['192.168.1.0/24', { kind: 'range', address: '192.168.1.0', prefixLength: 24, port: null }],
    ['127.0.0.1:8080', { kind: 'range', address: '127.0.0.1', prefixLength: 32, port: 8080 }],
    ['[::1]:3000', { kind: 'range', address: '::1', prefixLength: 128, port: 3000 }],
    ['[::1]', { kind: 'range', address: '::1', prefixLength: 128, port: null }],
    ['fd00::/8', { kind: 'range', address: 'fd00::', prefixLength: 8, port: null }],
    ['[fd00::/8]:80', { kind: 'range', address: 'fd00::', prefixLength: 8, port: 80 }],
    ['10.0.0.0/8:443', { kind: 'range', address: '10.0.0.0', prefixLength: 8, port: 443 }],
    ['::ffff:192.168.0.0/112', { kind: 'range', address: '192.168.0.0', prefixLength: 16, port: null }],
  ])('reads %s', (entry, value) => {
    expect(parseAllowedHost(entry)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'is empty'],
    ['http://rss-bridge.lan/', 'is a URL'],
    ['rss bridge', 'is not a host name'],
    ['rss-bridge.lan/feed', 'is not a host name'],
    ['999.1.1.1', 'is not a host name'],
    ['127.0.0.1:0', 'where a port 1-65535 belongs'],
    ['127.0.0.1:70000', 'where a port 1-65535 belongs'],
    ['host:http', 'where a port 1-65535 belongs'],
    ['[::1', 'does not close'],
    ['[::1]x', 'after its ] bracket'],
    ['169.254.169.254', 'is a link-local address, which the fetcher never contacts'],
    ['0.0.0.0/0', 'is a unspecified address'],
    ['224.0.0.1', 'multicast'],
  ])('refuses %j: %s', (entry, reason) => {
    const result = parseAllowedHost(entry);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});
