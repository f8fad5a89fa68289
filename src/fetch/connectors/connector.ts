/**
 * @module fetch/connectors/connector
 * The connector contract: what a community source names, turned into a sequence of API requests
 * through the Fetcher, each answer handed on as it arrives (pages, comment trees, post chunks).
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import type { ConditionalHeaders, FetchedPage, Fetcher } from '../fetched-page.js';
import type { ConnectorSessions } from './connector-sessions.js';

export interface ConnectorContext {
  fetcher: Fetcher;
  /** The source's id: random per installation, so it makes a unique Reddit User-Agent when none is configured. */
  sourceId: string;
  /** Validators from the source's last fetch, sent with the first request only. */
  conditional?: ConditionalHeaders;
  /** Which of these external ids are stored already, so a connector can skip fetching them again. */
  storedExternalIds(externalIds: string[]): Promise<ReadonlySet<string>>;
  /** The URL of the newest record this source has stored, or null: where a paged thread resumes. */
  newestStoredRecordUrl?(): Promise<string | null>;
  /** Notes for the person running the fetch (a page loop cut, a refused token): shown with the outcome, never secrets. */
  warn?(message: string): void;
}

/**
 * API bases, identity and optional credentials, each with a default (fetch-community-target.ts);
 * tests point the bases at a loopback server. Credentials are never required: without them, or
 * when they are refused, every connector reads the public API.
 */
export interface ConnectorOptions {
  /** Reddit asks every client for a unique User-Agent (see reddit-user-agent.ts); null builds one from the source id. */
  redditUserAgent: string | null;
  /** Where reddit.com URLs are read without credentials. */
  redditApiBase: string;
  /** A Reddit app's id and secret (a "script" or "web" app): an app-only OAuth token, then requests to redditOAuthBase. */
  redditCredentials: { clientId: string; clientSecret: string } | null;
  redditOAuthBase: string;
  /** Where the app-only token is asked for (`grant_type=client_credentials`). */
  redditTokenUrl: string;
  /** The Hacker News Algolia API origin. */
  hackerNewsApiBase: string;
  /** A Bluesky AppView origin that serves unauthenticated reads. */
  blueskyApiBase: string;
  /** A Bluesky handle (or DID) and an app password: a session on blueskyServiceBase, which then serves the reads. */
  blueskyCredentials: { identifier: string; appPassword: string } | null;
  /** The account's PDS (or the entryway, bsky.social), where createSession runs and which proxies AppView reads. */
  blueskyServiceBase: string;
  /** Sessions shared by the sources of one run; null opens a fresh set for each refresh. */
  sessions: ConnectorSessions | null;
}

/** Yields each fetched answer; a 304 for the first request yields that page and stops. Throws FetchError. */
export type Connector<Target extends CommunityTarget> = (
  target: Target,
  context: ConnectorContext,
  options: ConnectorOptions,
) => AsyncGenerator<FetchedPage>;

/** The answer as JSON, or undefined when it is not JSON (the parser will say what is wrong with it). */
export function jsonOf(page: FetchedPage): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(page.body));
  } catch {
    return undefined;
  }
}

/** `value` when it is a non-array object, else null: for reading cursors out of answers of any shape. */
export function objectAt(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A non-empty string or number as a string, else null. */
export function textAt(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** The JSON media type every API connector asks for. */
export const JSON_ACCEPT = 'application/json';
