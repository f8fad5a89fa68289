/**
 * @module fetch/__fixtures__/start-local-server
 * A real node:http server on 127.0.0.1 with an ephemeral port, recording what it was asked, for the fetcher's tests.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  arrivedAtMs: number;
}

export interface LocalServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Requests in arrival order. */
  seen: SeenRequest[];
  /** Closes the server and drops open connections (slow-drip responses included). */
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1:0 that answers with `handler`. */
export async function startLocalServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<LocalServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    seen.push({ path: request.url ?? '', headers: request.headers, arrivedAtMs: performance.now() });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
