import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createGuardedConnector } from './guarded-connector.js';
import { ResolvedAddressRefusal } from './guarded-lookup.js';
import { startLocalServer, type LocalServer } from './__fixtures__/start-local-server.js';
import { closeAfterEach } from './__fixtures__/fetch-test-support.js';

let server: LocalServer | undefined;
closeAfterEach(() => server);

/** Connects as undici would to an address literal (no DNS), resolving to the socket or the error. */
function connect(guardedConnector: ReturnType<typeof createGuardedConnector>, port: number) {
  return new Promise<{ error: Error | null; socket: Socket | null }>((resolve) =>
    guardedConnector({ hostname: '127.0.0.1', protocol: 'http:', port: String(port) }, (error, socket) =>
      resolve({ error, socket }),
    ),
  );
}

const noDns = async () => [];

describe('createGuardedConnector', () => {
  it('checks the address an address-literal socket reached, which no lookup saw, and destroys a forbidden one', async () => {
    server = await startLocalServer((_request, response) => response.end());
    const refused = await connect(
      createGuardedConnector({ resolveHost: noDns, guard: {}, timeoutMs: 1_000 }),
      server.port,
    );
    expect(refused.error).toBeInstanceOf(ResolvedAddressRefusal);
    expect(refused.error?.message).toMatch(/^the connection to 127\.0\.0\.1 reached loopback address \(127\.0\.0\.1\)/);
    expect(refused.socket).toBeNull();
  });

  it('keeps a socket to an address the allow list names for this port', async () => {
    server = await startLocalServer((_request, response) => response.end());
    const guard = {
      allowHosts: [{ kind: 'range' as const, address: '127.0.0.1', prefixLength: 32, port: server.port }],
    };
    const { error, socket } = await connect(
      createGuardedConnector({ resolveHost: noDns, guard, timeoutMs: 1_000 }),
      server.port,
    );
    expect(error).toBeNull();
    expect(socket?.remoteAddress).toBe('127.0.0.1');
    socket?.destroy();
  });
});
