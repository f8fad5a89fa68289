/**
 * Test harness for the LLM engine tests: a scripted model server per test, the fetcher's JSON client
 * with that server's loopback host allowed (as main.ts allows the configured model host), closed after each test.
 */
import { afterEach } from 'vitest';
import { createFetcher, type FetcherOptions } from '../../../fetch/create-fetcher.js';
import type { JsonClient } from '../../../fetch/fetched-page.js';
import { startScriptedModelServer, type ScriptedAnswer, type ScriptedModelServer } from './start-scripted-model-server.js';

let server: ScriptedModelServer | undefined;
const clients: Array<{ close(): Promise<void> }> = [];

/** Registers the after-each cleanup in the calling test file. */
export function closeModelServersAfterEach(): void {
  afterEach(async () => {
    await server?.close();
    await Promise.all(clients.splice(0).map((client) => client.close()));
    server = undefined;
  });
}

/** Starts this test's scripted model server. */
export async function startModelServer(script: ScriptedAnswer[]): Promise<ScriptedModelServer> {
  server = await startScriptedModelServer(script);
  return server;
}

/** The fetcher's JSON client, by default with `url`'s host allowed although loopback. */
export function httpFor(
  url: string,
  options: FetcherOptions = { allowHosts: [{ kind: 'name', name: new URL(url).hostname, port: null }] },
): JsonClient {
  const client = createFetcher(options);
  clients.push(client);
  return client;
}

/** A retry wait that does not wait. */
export const noSleep = async (): Promise<void> => {};
