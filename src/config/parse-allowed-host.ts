/**
 * @module config/parse-allowed-host
 * Reads one `fetch.allowHosts` entry: a host name, an IP address or a CIDR range, each with an
 * optional port (`rss-bridge.lan`, `192.168.1.0/24`, `127.0.0.1:8080`, `[::1]:3000`, `[fd00::/8]:80`).
 */
import ipaddr from 'ipaddr.js';

/**
 * A permitted host as the fetcher matches it (the same shape as fetch/allowed-host.ts `AllowedHost`):
 * a lower-case name without a trailing dot, or a canonical network address and prefix length.
 */
export type AllowedHostSetting =
  | { kind: 'name'; name: string; port: number | null }
  | { kind: 'range'; address: string; prefixLength: number; port: number | null };

/** One entry read, or why it cannot be (a phrase to follow the entry in an error message). */
export type AllowedHostParse = { ok: true; value: AllowedHostSetting } | { ok: false; reason: string };

/** RFC 1123 host name labels (letters, digits, hyphens; underscores as some LAN names have), 253 characters at most. */
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;
const PORT = /^\d{1,5}$/;
const HIGHEST_PORT = 65_535;

/**
 * ipaddr.js ranges an entry may not name: the fetcher never contacts them (link-local holds cloud
 * metadata at 169.254.169.254; 0.0.0.0 reaches this machine), so listing one is a mistake to report.
 */
const NEVER_ALLOWED_RANGES: Readonly<Record<string, string>> = {
  linkLocal: 'link-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  reserved: 'reserved',
};

/** Reads one entry (surrounding spaces ignored). */
export function parseAllowedHost(entry: string): AllowedHostParse {
  const text = entry.trim().toLowerCase();
  if (text === '') return { ok: false, reason: 'is empty' };
  if (text.includes('://'))
    return { ok: false, reason: 'is a URL; give the host alone, e.g. rss-bridge.lan or 127.0.0.1:8080' };
  const split = splitPort(text);
  if (!split.ok) return split;
  const { host, port } = split;
  if (ipaddr.isValid(host)) return rangeOf(host, ipaddr.parse(host).kind() === 'ipv4' ? 32 : 128, port);
  if (ipaddr.isValidCIDR(host)) {
    const [address, prefixLength] = ipaddr.parseCIDR(host);
    return rangeOf(address.toString(), prefixLength, port);
  }
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  // A name whose last label is all digits is an IPv4 spelling the URL parser would reject.
  if (!HOST_NAME.test(name) || /^\d+$/.test(name.split('.').pop() ?? ''))
    return { ok: false, reason: 'is not a host name, IP address or CIDR range' };
  return { ok: true, value: { kind: 'name', name, port } };
}

/** `host[:port]`, `[v6]`, `[v6]:port` or a bare IPv6 address or range (more than one colon: no port). */
function splitPort(text: string): { ok: true; host: string; port: number | null } | { ok: false; reason: string } {
  let host = text;
  let portText: string | null = null;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { ok: false, reason: 'opens a [ bracket it does not close' };
    host = text.slice(1, close);
    const rest = text.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return { ok: false, reason: 'has text after its ] bracket' };
    if (rest !== '') portText = rest.slice(1);
  } else if (text.split(':').length === 2) {
    [host, portText] = text.split(':') as [string, string];
  }
  if (portText === null) return { ok: true, host, port: null };
  const port = Number(portText);
  if (!PORT.test(portText) || port < 1 || port > HIGHEST_PORT)
    return { ok: false, reason: `has "${portText}" where a port 1-${HIGHEST_PORT} belongs` };
  return { ok: true, host, port };
}

/** The range for a network address, with an IPv4-mapped IPv6 address read as the IPv4 it maps. */
function rangeOf(address: string, prefixLength: number, port: number | null): AllowedHostParse {
  let parsed = ipaddr.parse(address);
  let prefix = prefixLength;
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    prefix = Math.max(0, prefixLength - 96);
  }
  const never = NEVER_ALLOWED_RANGES[parsed.range()];
  if (never) return { ok: false, reason: `is a ${never} address, which the fetcher never contacts` };
  return { ok: true, value: { kind: 'range', address: parsed.toString(), prefixLength: prefix, port } };
}
