/**
 * @module fetch/ssrf-guard
 * Decides which hosts and addresses the fetcher may contact: public unicast, plus the loopback and
 * private hosts the user permits (`fetch.allowHosts`). Used on every hop's host literal, on every
 * address DNS returns at connect time, and on the address each connection reached.
 */
import ipaddr from 'ipaddr.js';
import { matchesAllowedHost, type AllowedHost, type ConnectionTarget } from './allowed-host.js';

/** Why an address is off limits. `unparseable` fails closed on anything that is not an IP. */
export type ForbiddenRange =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade-nat'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'unparseable';

/** A host as the guard sees it: an IP in canonical spelling, or a lower-case DNS name. */
export type NormalisedHost = { kind: 'ip'; address: string } | { kind: 'name'; name: string };

export interface GuardOptions {
  /** Allow loopback (127/8, ::1, localhost) and nothing else internal. For the demo and tests. Default false. */
  allowLoopback?: boolean;
  /** Hosts the user runs, permitted although loopback, private or carrier-grade NAT. Default none. */
  allowHosts?: readonly AllowedHost[];
}

/**
 * The ranges an allowHosts entry can open. Link-local (cloud metadata at 169.254.169.254), multicast,
 * unspecified (0.0.0.0 reaches this machine), broadcast and reserved addresses stay refused whatever
 * the list says, so a wide CIDR cannot open them by accident.
 */
const USER_ALLOWABLE_RANGES: ReadonlySet<ForbiddenRange> = new Set(['loopback', 'private', 'carrier-grade-nat']);

/** ipaddr.js range names mapped to ours; any name not listed (and not unicast) counts as reserved. */
const RANGE_NAMES: Readonly<Record<string, ForbiddenRange>> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade-nat',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
};

/** Human wording for each range, used in refusal messages. */
const RANGE_LABELS: Readonly<Record<ForbiddenRange, string>> = {
  loopback: 'loopback address',
  private: 'private-network address',
  'link-local': 'link-local address',
  'carrier-grade-nat': 'carrier-grade NAT address',
  multicast: 'multicast address',
  unspecified: 'unspecified address',
  broadcast: 'broadcast address',
  reserved: 'reserved or special-purpose address',
  unparseable: 'unparseable address',
};

/**
 * Spells a URL host the one way the guard compares it: brackets and one trailing dot removed,
 * lower case, and any IPv4 spelling (`127.1`, `2130706433`, `0x7f.1`, `0177.0.0.1`) or IPv6
 * spelling (`[::ffff:7f00:1]`) turned into the canonical address. Anything else is a DNS name.
 */
export function normaliseHost(host: string): NormalisedHost {
  let text = host.trim().toLowerCase();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (text.endsWith('.')) text = text.slice(0, -1);
  if (ipaddr.isValid(text)) return { kind: 'ip', address: ipaddr.parse(text).toString() };
  return { kind: 'name', name: text };
}

/**
 * The forbidden range an IP address falls in, or null for a public unicast address.
 * IPv6 forms that embed an IPv4 address (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`,
 * NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by the IPv4 address inside.
 */
export function forbiddenRangeOf(address: string): ForbiddenRange | null {
  if (!ipaddr.isValid(address)) return 'unparseable';
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return rangeOfIPv4(parsed as ipaddr.IPv4);
  return rangeOfIPv6(parsed as ipaddr.IPv6);
}

/**
 * True when the address may not be contacted under these options. `target` is the host name and port
 * the connection is for; without it no allowHosts entry applies.
 */
export function isForbiddenAddress(address: string, options: GuardOptions = {}, target?: ConnectionTarget): boolean {
  const range = forbiddenRangeOf(address);
  if (range === null || (range === 'loopback' && options.allowLoopback === true)) return false;
  return !(target && USER_ALLOWABLE_RANGES.has(range) && isUserAllowed(options, target, address));
}

function isUserAllowed(options: GuardOptions, target: ConnectionTarget, address: string | null): boolean {
  return (options.allowHosts ?? []).some((entry) => matchesAllowedHost(entry, target, address));
}

/** Why a host or address was refused: its range, and the address or name as written. */
export interface AddressRefusal {
  range: ForbiddenRange;
  /** The canonical address, or the name for `localhost` names. */
  subject: string;
}

/**
 * Why a URL host may not be contacted, or null when the literal is acceptable. A DNS name passes here
 * unless it is `localhost` or under `.localhost` (RFC 6761 §6.3) and not allowed; its resolved
 * addresses are checked again at connect time. `port` is the URL's (or its scheme's default).
 */
export function hostRefusal(host: string, options: GuardOptions = {}, port?: number): AddressRefusal | null {
  const normalised = normaliseHost(host);
  const target = port === undefined ? undefined : { hostname: host, port };
  if (normalised.kind === 'ip') return addressRefusal(normalised.address, options, target);
  const isLocalhost = normalised.name === 'localhost' || normalised.name.endsWith('.localhost');
  if (!isLocalhost || options.allowLoopback === true) return null;
  if (target && isUserAllowed(options, target, null)) return null;
  return { range: 'loopback', subject: normalised.name };
}

/** Why an IP address may not be contacted for `target`, or null when it may. */
export function addressRefusal(
  address: string,
  options: GuardOptions = {},
  target?: ConnectionTarget,
): AddressRefusal | null {
  if (!isForbiddenAddress(address, options, target)) return null;
  const parsed = ipaddr.isValid(address) ? ipaddr.parse(address).toString() : address;
  return { range: forbiddenRangeOf(address) ?? 'unparseable', subject: parsed };
}

/**
 * A refusal in words a user can act on, e.g. "loopback address (127.0.0.1); the fetcher contacts
 * loopback and private hosts only when listed in fetch.allowHosts (UNDERCURRENT_FETCH_ALLOW_HOSTS)".
 */
export function explainRefusal(refusal: AddressRefusal): string {
  const rule = USER_ALLOWABLE_RANGES.has(refusal.range)
    ? 'the fetcher contacts loopback and private hosts only when listed in fetch.allowHosts (UNDERCURRENT_FETCH_ALLOW_HOSTS)'
    : 'the fetcher never contacts link-local, multicast or other special-purpose addresses';
  return `${RANGE_LABELS[refusal.range]} (${refusal.subject}); ${rule}`;
}

function rangeOfIPv4(address: ipaddr.IPv4): ForbiddenRange | null {
  const name = address.range();
  if (name === 'unicast') return null;
  return RANGE_NAMES[name] ?? 'reserved';
}

function rangeOfIPv6(address: ipaddr.IPv6): ForbiddenRange | null {
  const embedded = embeddedIPv4(address);
  if (embedded) return rangeOfIPv4(embedded);
  const name = address.range();
  if (name === 'unicast') return null;
  return RANGE_NAMES[name] ?? 'reserved';
}

/** The IPv4 address an IPv6 address carries in a form that routes to it, or null. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  const word = (index: number): number => parts[index] ?? 0;
  const fromWords = (high: number, low: number): ipaddr.IPv4 =>
    new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  const range = address.range();
  // ::ffff:0:0/96 mapped, ::ffff:0:0:0/96 (RFC 6145) and 64:ff9b::/96 NAT64 keep the IPv4 in the low 32 bits.
  if (range === 'ipv4Mapped' || range === 'rfc6145') return fromWords(word(6), word(7));
  if (range === 'rfc6052' && word(0) === 0x64 && word(1) === 0xff9b && word(2) === 0)
    return fromWords(word(6), word(7));
  // 2002:AABB:CCDD::/48 (6to4, RFC 3056) carries the IPv4 in bits 16-47.
  if (range === '6to4') return fromWords(word(1), word(2));
  // ::a.b.c.d (IPv4-compatible, RFC 4291 §2.5.5.1, deprecated); :: and ::1 are not IPv4 forms.
  const isCompatible = parts.slice(0, 6).every((part) => part === 0) && (word(6) !== 0 || word(7) > 1);
  return isCompatible ? fromWords(word(6), word(7)) : null;
}
