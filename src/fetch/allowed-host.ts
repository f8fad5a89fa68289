/**
 * @module fetch/allowed-host
 * The hosts a user runs and permits although they are loopback or private (`fetch.allowHosts`), and
 * whether one connection is to one of them. Parsed from settings in config/; matched here on every hop.
 */
import ipaddr from 'ipaddr.js';

/**
 * One permitted host. A `name` matches the request's host name exactly (lower case, no trailing dot);
 * a `range` matches the connected address (a single address is a range of prefix 32 or 128). A port,
 * when not null, must equal the request's.
 */
export type AllowedHost =
  | { kind: 'name'; name: string; port: number | null }
  | { kind: 'range'; address: string; prefixLength: number; port: number | null };

/** Where one hop connects: the URL's host name (or address literal) and port (the scheme's default when absent). */
export interface ConnectionTarget {
  hostname: string;
  port: number;
}

/** The ports http and https use when a URL names none (RFC 9110 §4.2). */
const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

/** The target of a request to `url`. */
export function connectionTargetOf(url: URL): ConnectionTarget {
  return { hostname: url.hostname, port: url.port === '' ? (DEFAULT_PORTS[url.protocol] ?? 0) : Number(url.port) };
}

/**
 * True when `entry` permits a connection to `target` at `address` (null before the address is known:
 * then only a name entry can match). Host names compare without brackets, case or a trailing dot;
 * an IPv4 address mapped into IPv6 (`::ffff:a.b.c.d`, how a dual-stack socket reports it) is compared
 * as the IPv4 address.
 */
export function matchesAllowedHost(entry: AllowedHost, target: ConnectionTarget, address: string | null): boolean {
  if (entry.port !== null && entry.port !== target.port) return false;
  if (entry.kind === 'name') return spelledName(target.hostname) === spelledName(entry.name);
  if (address === null || !ipaddr.isValid(address)) return false;
  const connected = ipaddr.process(address);
  const network = ipaddr.parse(entry.address);
  if (connected.kind() !== network.kind()) return false;
  return connected.match(network as typeof connected, entry.prefixLength);
}

function spelledName(host: string): string {
  let text = host.trim().toLowerCase();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  return text.endsWith('.') ? text.slice(0, -1) : text;
}
