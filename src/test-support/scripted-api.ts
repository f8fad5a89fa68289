/**
 * @module test-support/scripted-api
 * A loopback API server that answers each request from a script (path and query in, status, headers
 * and JSON out) and records what it was asked; plus a refresh of one source against it through the
 * real fetcher, pipeline and the in-memory store.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { createFetcher, type ClosableFetcher } from '../fetch/create-fetcher.js';
import { startLocalServer, type LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import type { Platform } from '../model/index.js';
import { refreshSource, type RefreshOutcome } from '../pipeline/refresh-source.js';
import { InMemoryRecordStore } from './in-memory-record-store.js';
import type { ConnectorOptions } from '../fetch/connectors/connector.js';

/** One scripted answer; `body` is sent as JSON unless it is a string. */
export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** What a script may check besides the URL: the method, the body (a token request's form or JSON) and the headers. */
export interface ScriptedRequest {
  method: string;
  body: string;
  headers: IncomingHttpHeaders;
}

/** Answers a request (its URL on the server's origin), or undefined for a 404. */
export type Script = (url: URL, request: ScriptedRequest) => ScriptedAnswer | undefined;

/** Starts the server; `seen` on the result lists every request in order. */
export async function startScriptedApi(script: Script): Promise<LocalServer> {
  return startLocalServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    const answer = script(new URL(request.url ?? '/', 'http://127.0.0.1'), {
      method: request.method ?? 'GET',
      body,
      headers: request.headers,
    });
    if (!answer) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"not found"}');
      return;
    }
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    response.end(text);
  });
}

/** A store, a loopback fetcher without spacing, and one source; `refresh` runs refreshSource on it again. */
export interface RefreshHarness {
  store: InMemoryRecordStore;
  fetcher: ClosableFetcher;
  sourceId: string;
  refresh(): Promise<RefreshOutcome>;
}

/** The harness for `url` on `platform`, with connector options pointing where the test says. */
export async function refreshHarness(
  url: string,
  platform: Platform,
  connectors: Partial<ConnectorOptions> = {},
  now = () => new Date('2026-12-01T12:00:00.000Z'),
): Promise<RefreshHarness> {
  const store = new InMemoryRecordStore(now);
  const fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0, now });
  const source = await store.addSource({ url, kind: 'community', platform });
  return {
    store,
    fetcher,
    sourceId: source.id,
    refresh: async () => refreshSource((await store.sourceById(source.id))!, { store, fetcher, now, connectors }),
  };
}

/** The paths (with queries) a server was asked for, in order. */
export function pathsSeen(server: LocalServer): string[] {
  return server.seen.map((request) => request.path);
}
