/**
 * @module fetch/guarded-lookup
 * The DNS lookup every new connection goes through: it resolves the name, then refuses the connection
 * if any address is forbidden, so a name that resolves (or re-binds) to an internal address never connects.
 */
import { promises as dns } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { ConnectionTarget } from './allowed-host.js';
import { addressRefusal, explainRefusal, type AddressRefusal, type GuardOptions } from './ssrf-guard.js';

/** Resolves a host name to all its addresses. Injected in tests; defaults to the system resolver. */
export type ResolveHost = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The system resolver in the order it returns addresses (what `net.connect` would use). */
export const resolveWithSystemDns: ResolveHost = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * A connection refused because the name resolved (or the socket connected) to a forbidden address.
 * Turned into a FetchError by the caller.
 */
export class ResolvedAddressRefusal extends Error {
  override readonly name = 'ResolvedAddressRefusal';
  constructor(
    readonly hostname: string,
    readonly refusal: AddressRefusal,
    stage: 'resolved' | 'connected' = 'resolved',
  ) {
    const subject = stage === 'resolved' ? `${hostname} resolves to` : `the connection to ${hostname} reached`;
    super(`${subject} ${explainRefusal(refusal)}`);
  }
}

/**
 * A `net.connect` lookup that resolves with `resolveHost` and fails with ResolvedAddressRefusal when
 * any returned address is forbidden (one bad address is enough: the socket may pick any of them).
 * `target` is the connection's host name and port, which allowHosts entries match; without it none do.
 * Honours `options.all` (happy eyeballs) and `options.family`.
 */
export function createGuardedLookup(
  resolveHost: ResolveHost,
  guard: GuardOptions,
  target?: ConnectionTarget,
): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (resolved) => {
        for (const entry of resolved) {
          const refusal = addressRefusal(entry.address, guard, target);
          if (refusal) return callback(new ResolvedAddressRefusal(hostname, refusal), '');
        }
        const wanted = familyNumber(options.family);
        const usable = resolved.filter((entry) => wanted === null || entry.family === wanted);
        const first = usable[0];
        if (!first) return callback(notFound(hostname), '');
        if (options.all) return callback(null, [...usable]);
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

function familyNumber(family: number | string | undefined): 4 | 6 | null {
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return null;
}

function notFound(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`no usable address for ${hostname}`);
  error.code = 'ENOTFOUND';
  return error;
}
