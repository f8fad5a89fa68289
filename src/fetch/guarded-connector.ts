/**
 * @module fetch/guarded-connector
 * How the fetcher's connection pool opens every socket: DNS through the guarded lookup for this
 * connection's host and port, then a second check of the address the socket actually reached.
 */
import type { Socket } from 'node:net';
import { buildConnector } from 'undici';
import type { ConnectionTarget } from './allowed-host.js';
import { createGuardedLookup, ResolvedAddressRefusal, type ResolveHost } from './guarded-lookup.js';
import { addressRefusal, type GuardOptions } from './ssrf-guard.js';

export interface GuardedConnectorOptions {
  resolveHost: ResolveHost;
  guard: GuardOptions;
  /** undici's connect timeout (ms). */
  timeoutMs: number;
}

/** The ports undici connects to when a URL names none. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

/**
 * An undici connector that refuses a connection to a forbidden address. The lookup knows the
 * connection's host name and port, so a `fetch.allowHosts` entry for `rss-bridge.lan:3000` opens that
 * name on that port only. An address literal skips DNS, so the address the socket reached is checked
 * once connected too (a refused socket is destroyed before a byte of the request is written).
 */
export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  // One connector per host and port: each keeps its lookup and its TLS session cache.
  const connectors = new Map<string, buildConnector.connector>();
  return (connectOptions, callback) => {
    const { hostname, protocol } = connectOptions;
    const port = connectOptions.port === '' ? (DEFAULT_PORTS[protocol] ?? 0) : Number(connectOptions.port);
    const target: ConnectionTarget = { hostname, port };
    const key = `${protocol}//${hostname}:${port}`;
    let connect = connectors.get(key);
    if (!connect) {
      const lookup = createGuardedLookup(options.resolveHost, options.guard, target);
      connect = buildConnector({ timeout: options.timeoutMs, lookup });
      connectors.set(key, connect);
    }
    return connect(connectOptions, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error(`no socket for ${hostname}`), null);
      const address = (socket as Socket).remoteAddress;
      // A socket with no remote address has already closed: refused as unparseable, failing closed.
      const refusal = addressRefusal(address ?? '', options.guard, target);
      if (!refusal) return callback(null, socket);
      socket.destroy();
      return callback(new ResolvedAddressRefusal(hostname, refusal, 'connected'), null);
    });
  };
}
