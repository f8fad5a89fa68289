/**
 * @module fetch/connectors/bluesky-session
 * A Bluesky app password at work: `com.atproto.server.createSession` on the account's PDS, whose
 * access token then authenticates reads there (the PDS proxies app.bsky.* calls to the AppView).
 */
import { FetchError } from '../fetch-error.js';
import type { ConnectorContext, ConnectorOptions } from './connector.js';
import { JSON_ACCEPT, jsonOf, objectAt, textAt } from './connector.js';
import { sessionFor, type ConnectorSessions, type OpenSession } from './connector-sessions.js';

/** Bluesky's entryway: createSession there works for any account hosted by Bluesky (a self-hosted PDS is set in config). */
export const BLUESKY_SERVICE_BASE = 'https://bsky.social';

/**
 * The run's Bluesky session, opened with the app password when there is none; null without
 * credentials or when the PDS refused them (a warning names the status, never the password). The
 * access token's lifetime is not read: a refused token falls back to the public AppView instead.
 */
export async function blueskySession(
  context: ConnectorContext,
  options: ConnectorOptions,
  sessions: ConnectorSessions,
): Promise<OpenSession | null> {
  const credentials = options.blueskyCredentials;
  if (!credentials) return null;
  return sessionFor(sessions, 'bluesky', context, async () => {
    const url = `${options.blueskyServiceBase}/xrpc/com.atproto.server.createSession`;
    const body = JSON.stringify({ identifier: credentials.identifier, password: credentials.appPassword });
    const page = await context.fetcher.fetchPage(url, undefined, {
      accept: JSON_ACCEPT,
      post: { contentType: 'application/json', body },
    });
    const token = textAt(objectAt(jsonOf(page))?.accessJwt);
    if (!token) throw new FetchError('http-status', `${url} gave no accessJwt`, { url });
    return { base: options.blueskyServiceBase, authorization: `Bearer ${token}`, expiresAtMs: null };
  });
}
