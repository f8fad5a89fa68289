import { describe, expect, it } from 'vitest';
import {
  addressRefusal,
  explainRefusal,
  forbiddenRangeOf,
  hostRefusal,
  isForbiddenAddress,
  normaliseHost,
} from './ssrf-guard.js';

describe('normaliseHost', () => {
  it.each([
    ['127.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['127.0.0.1.', '127.0.0.1'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1'],
    ['[::ffff:7f00:1]', '::ffff:7f00:1'],
    ['[0:0:0:0:0:0:0:1]', '::1'],
  ])('spells %s as the address %s', (host, address) => {
    expect(normaliseHost(host)).toEqual({ kind: 'ip', address });
  });

  it('lower-cases a name and drops one trailing dot', () => {
    expect(normaliseHost('Feeds.Example.ORG.')).toEqual({ kind: 'name', name: 'feeds.example.org' });
  });

  it('agrees with the WHATWG URL parser on odd IPv4 spellings', () => {
    for (const host of ['127.1', '2130706433', '0x7f.1', '0177.0.0.1']) {
      const viaUrl = new URL(`http://${host}/`).hostname;
      expect(normaliseHost(host)).toEqual(normaliseHost(viaUrl));
    }
  });
});

describe('isForbiddenAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade-nat'],
    ['100.127.255.254', 'carrier-grade-nat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'loopback'],
    ['::a9fe:a9fe', 'link-local'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:c0a8:101::1', 'private'],
    ['192.0.2.10', 'reserved'],
    ['not-an-address', 'unparseable'],
  ])('refuses %s as %s', (address, range) => {
    expect(forbiddenRangeOf(address)).toBe(range);
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    '93.184.216.34',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:93.184.216.34',
    '64:ff9b::5db8:d822',
  ])('allows the public address %s', (address) => {
    expect(forbiddenRangeOf(address)).toBeNull();
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('allows loopback, and only loopback, when allowLoopback is set', () => {
    const options = { allowLoopback: true };
    expect(isForbiddenAddress('127.0.0.1', options)).toBe(false);
    expect(isForbiddenAddress('::1', options)).toBe(false);
    expect(isForbiddenAddress('::ffff:127.0.0.1', options)).toBe(false);
    for (const address of ['10.0.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1', 'fc00::1', '0.0.0.0', '::']) {
      expect(isForbiddenAddress(address, options)).toBe(true);
    }
  });
});

describe('hostRefusal', () => {
  it.each([
    '127.1',
    '2130706433',
    '0x7f.1',
    '0177.0.0.1',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    'localhost',
    'LOCALHOST.',
    'foo.localhost',
  ])('refuses the host %s as loopback', (host) => {
    expect(hostRefusal(host)?.range).toBe('loopback');
  });

  it('lets an ordinary name through to the connect-time check', () => {
    expect(hostRefusal('feeds.example.org')).toBeNull();
  });

  it('allows localhost names only when loopback is allowed', () => {
    expect(hostRefusal('localhost', { allowLoopback: true })).toBeNull();
    expect(hostRefusal('foo.localhost', { allowLoopback: true })).toBeNull();
    expect(hostRefusal('10.0.0.1', { allowLoopback: true })?.range).toBe('private');
  });

  it('explains a loopback refusal with the setting that would allow it', () => {
    const refusal = hostRefusal('127.1');
    expect(refusal).not.toBeNull();
    expect(explainRefusal(refusal!)).toBe(
      'loopback address (127.0.0.1); the fetcher contacts loopback and private hosts only when listed in fetch.allowHosts (UNDERCURRENT_FETCH_ALLOW_HOSTS)',
    );
  });
});

describe('the user allow list (fetch.allowHosts)', () => {
  const lan = { hostname: '192.168.1.5', port: 8080 };
  const options = {
    allowHosts: [
      { kind: 'range' as const, address: '192.168.1.0', prefixLength: 24, port: 8080 },
      { kind: 'name' as const, name: 'localhost', port: 3000 },
    ],
  };
  const everything = {
    allowHosts: [
      { kind: 'range' as const, address: '169.254.0.0', prefixLength: 16, port: null },
      { kind: 'range' as const, address: '0.0.0.0', prefixLength: 0, port: null },
    ],
  };

  it('allows a private address on a listed range and port, and not on another port', () => {
    expect(addressRefusal('192.168.1.5', options, lan)).toBeNull();
    expect(addressRefusal('192.168.1.5', options, { ...lan, port: 8081 })?.range).toBe('private');
    expect(hostRefusal('192.168.1.5', options, 8080)).toBeNull();
    expect(hostRefusal('192.168.1.5', options, 22)?.range).toBe('private');
  });

  it('never opens link-local, unspecified, multicast or reserved addresses, whatever the list says', () => {
    for (const address of ['169.254.169.254', '0.0.0.0', '224.0.0.1', '192.0.2.10']) {
      expect(addressRefusal(address, everything, { hostname: address, port: 80 }), address).not.toBeNull();
    }
    expect(addressRefusal('10.0.0.1', everything, lan)).toBeNull();
    expect(explainRefusal(addressRefusal('169.254.169.254', everything, lan)!)).toBe(
      'link-local address (169.254.169.254); the fetcher never contacts link-local, multicast or other special-purpose addresses',
    );
  });

  it('ignores the list when no connection target is given', () => {
    expect(addressRefusal('192.168.1.5', options)?.range).toBe('private');
  });

  it('allows a listed localhost name on its port only', () => {
    expect(hostRefusal('localhost', options, 3000)).toBeNull();
    expect(hostRefusal('localhost', options, 3001)?.range).toBe('loopback');
  });
});
