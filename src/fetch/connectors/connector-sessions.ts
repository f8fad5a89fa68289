/**
 * @module fetch/connectors/connector-sessions
 * Optional credentials at work: a token a connector opened once per run and reuses for every source
 * of its platform, and an API client that sends it and falls back to the public API when the token
 * is refused, saying so. Public data never needs a session.
 */
import { FetchError } from '../fetch-error.js';
import type { ConditionalHeaders, FetchedPage, Fetcher, RequestOptions } from '../fetched-page.js';

/** An opened session: where authenticated requests go and the header that carries the token. */
export interface OpenSession {
  base: string;
  authorization: string;
  /** When the token stops working (ms since the epoch), or null when the platform does not say. */
  expiresAtMs: number | null;
}

/** The sessions of one run, by platform; a refused one keeps its reason so each source can say why it went public. */
export interface ConnectorSessions {
  now(): Date;
  get(platform: string): OpenSession | { refused: string } | undefined;
  set(platform: string, state: OpenSession | { refused: string }): void;
  delete(platform: string): void;
}

/** An empty set of sessions on `now`'s clock: one per run, shared by its sources. */
export function createConnectorSessions(now: () => Date = () => new Date()): ConnectorSessions {
  const states = new Map<string, OpenSession | { refused: string }>();
  return {
    now,
    get: (platform) => states.get(platform),
    set: (platform, state) => void states.set(platform, state),
    delete: (platform) => void states.delete(platform),
  };
}

/** Where notes for the person running the fetch go (a connector's context has this). */
export interface WarningSink {
  warn?(message: string): void;
}

/**
 * The platform's open session, opening one with `open` when there is none or it has expired. A
 * refusal (any error from `open`) is kept for the run and warned about on every source, without
 * the credentials; null then means "use the public API".
 */
export async function sessionFor(
  sessions: ConnectorSessions,
  platform: string,
  context: WarningSink,
  open: () => Promise<OpenSession>,
): Promise<OpenSession | null> {
  const state = sessions.get(platform);
  const fallback = (reason: string): null => {
    context.warn?.(`${platform} credentials not used (${reason}); fetching the public API instead`);
    return null;
  };
  if (state && 'refused' in state) return fallback(state.refused);
  if (state && (state.expiresAtMs === null || state.expiresAtMs > sessions.now().getTime())) return state;
  try {
    const opened = await open();
    sessions.set(platform, opened);
    return opened;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    sessions.set(platform, { refused: reason });
    return fallback(reason);
  }
}

/** GETs of API paths (`/xrpc/…?…`, `/comments/…`): authenticated while the session holds, else public. */
export interface ApiClient {
  get(pathAndQuery: string, conditional?: ConditionalHeaders): Promise<FetchedPage>;
}

export interface FallbackSettings {
  fetcher: Fetcher;
  request: RequestOptions;
  publicBase: string;
  session: OpenSession | null;
  /** Statuses that, from an authenticated request, mean the token is no good (expired or revoked). */
  refusedStatuses: ReadonlySet<number>;
  /** Names the platform in the warning. */
  platform: string;
  sessions: ConnectorSessions;
  context: WarningSink;
}

/**
 * A client that sends each request with the session's token to the session's base; when the token is
 * refused it warns, forgets the session (the next source opens a new one) and asks the public API
 * the same request, as it does every later one.
 */
export function apiWithFallback(settings: FallbackSettings): ApiClient {
  const { fetcher, request, publicBase, refusedStatuses } = settings;
  let session = settings.session;
  return {
    async get(pathAndQuery, conditional) {
      if (session) {
        try {
          return await fetcher.fetchPage(`${session.base}${pathAndQuery}`, conditional, {
            ...request,
            authorization: session.authorization,
          });
        } catch (error) {
          if (!(error instanceof FetchError) || error.status === null || !refusedStatuses.has(error.status))
            throw error;
          settings.context.warn?.(
            `${settings.platform} refused our token (HTTP ${error.status}: expired or revoked); fetching the public API instead`,
          );
          settings.sessions.delete(settings.platform);
          session = null;
        }
      }
      return fetcher.fetchPage(`${publicBase}${pathAndQuery}`, conditional, request);
    },
  };
}
