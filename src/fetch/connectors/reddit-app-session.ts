/**
 * @module fetch/connectors/reddit-app-session
 * Reddit's app-only OAuth: the app's id and secret exchanged for a bearer token
 * (`POST /api/v1/access_token`, `grant_type=client_credentials`), then requests to oauth.reddit.com.
 */
import type { RequestOptions } from '../fetched-page.js';
import { FetchError } from '../fetch-error.js';
import type { ConnectorContext, ConnectorOptions } from './connector.js';
import { jsonOf, objectAt, textAt } from './connector.js';
import { sessionFor, type ConnectorSessions, type OpenSession } from './connector-sessions.js';

/** Reddit's OAuth API host (Reddit OAuth2 wiki: "oauth.reddit.com" for every authenticated call). */
export const REDDIT_OAUTH_BASE = 'https://oauth.reddit.com';
/** Reddit OAuth2 wiki, "Application Only OAuth": the token endpoint. */
export const REDDIT_TOKEN_URL = 'https://www.reddit.com/api/v1/access_token';
/** A token is renewed this long before Reddit says it expires (its `expires_in` is 86,400 s), so no request races the expiry. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * The run's Reddit session, opened with the app's credentials when there is none; null without
 * credentials or when Reddit refused them (a warning names the status, never the secret).
 */
export async function redditAppSession(
  context: ConnectorContext,
  options: ConnectorOptions,
  sessions: ConnectorSessions,
  request: RequestOptions,
): Promise<OpenSession | null> {
  const credentials = options.redditCredentials;
  if (!credentials) return null;
  return sessionFor(sessions, 'reddit', context, async () => {
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
    const page = await context.fetcher.fetchPage(options.redditTokenUrl, undefined, {
      ...request,
      authorization: `Basic ${basic}`,
      post: { contentType: 'application/x-www-form-urlencoded', body: 'grant_type=client_credentials' },
    });
    const answer = objectAt(jsonOf(page));
    const token = textAt(answer?.access_token);
    // Reddit answers some refusals with 200 and {"error": "invalid_grant"} or {"error": 401}.
    if (!token)
      throw new FetchError(
        'http-status',
        `${options.redditTokenUrl} gave no access token${answer?.error ? ` (error: ${String(answer.error)})` : ''}`,
        { url: options.redditTokenUrl },
      );
    const expiresIn = typeof answer?.expires_in === 'number' ? answer.expires_in * 1000 : null;
    return {
      base: options.redditOAuthBase,
      authorization: `bearer ${token}`,
      expiresAtMs: expiresIn === null ? null : sessions.now().getTime() + expiresIn - EXPIRY_MARGIN_MS,
    };
  });
}
