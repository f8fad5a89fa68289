/**
 * @module fetch/create-fetcher
 * The HTTP fetcher on undici: conditional GET, manual redirects, decompression with a cap, a total
 * deadline, per-host politeness, and an SSRF guard on every hop's host and every connection's address
 * (public addresses, plus the loopback and private hosts the user allows); and JSON POSTs to APIs on
 * the same pool and guard (request-json.ts).
 */
import { Agent } from 'undici';
import { connectionTargetOf, type AllowedHost } from './allowed-host.js';
import type { ConditionalHeaders, FetchedPage, Fetcher, JsonClient, RequestOptions } from './fetched-page.js';
import { FetchError } from './fetch-error.js';
import { createGuardedConnector } from './guarded-connector.js';
import { resolveWithSystemDns, type ResolveHost } from './guarded-lookup.js';
import { createHostSpacing } from './host-spacing.js';
import { nextHop, parseHttpUrl } from './next-hop.js';
import { requestHop, type HopResult } from './request-hop.js';
import { requestJson } from './request-json.js';
import { explainRefusal, hostRefusal } from './ssrf-guard.js';
import { toFetchError } from './to-fetch-error.js';

/** Names the engine and where an operator can learn about it, as RFC 9110 §10.1.5 asks of crawlers. Version from package.json. */
export const DEFAULT_USER_AGENT = 'undercurrent/0.1 (+https://github.com/undercurrent)';
/** Miniflux's default HTTP client timeout (HTTP_CLIENT_TIMEOUT = 20 s): generous for slow feeds, short for a stalled one. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Large podcast and archive feeds run to a few MiB; Miniflux allows 15 MiB. 10 MiB bounds memory per fetch. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** http→https→canonical host is two hops; five leaves room and is a quarter of the Fetch standard's 20. */
export const DEFAULT_MAX_REDIRECTS = 5;
/** One request per second per host, the crawl delay robots.txt files most often ask for. */
export const DEFAULT_PER_HOST_SPACING_MS = 1_000;

/**
 * Gaps for API hosts whose published limits are tighter than one request a second. Reddit's Data
 * API wiki allows 10 queries a minute to a client without OAuth: one request every 6 s. Algolia's HN
 * API (10,000 an hour per IP), Bluesky's public AppView (3,000 per 5 minutes per IP), Mastodon
 * (300 per 5 minutes per IP) and Discourse (200 a minute per IP) all allow more than the default,
 * as does oauth.reddit.com (100 queries a minute per OAuth client), where app credentials send Reddit requests.
 */
export const DEFAULT_HOST_SPACING_MS: ReadonlyMap<string, number> = new Map([
  ['www.reddit.com', 6_000],
  ['old.reddit.com', 6_000],
]);

export interface FetcherOptions {
  /** Sent on every request. Default DEFAULT_USER_AGENT. */
  userAgent?: string;
  /** Deadline for the whole fetch: connect, redirects, headers and body together (ms). Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Body cap counted after decompression (bytes). Default DEFAULT_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** Redirects followed before giving up. Default DEFAULT_MAX_REDIRECTS. */
  maxRedirects?: number;
  /** Minimum gap between request starts to one host; requests to a host never overlap (ms). Default DEFAULT_PER_HOST_SPACING_MS. */
  perHostSpacingMs?: number;
  /** Per-host gaps longer than perHostSpacingMs, by lower-case hostname. Default DEFAULT_HOST_SPACING_MS. */
  hostSpacingMs?: ReadonlyMap<string, number>;
  /** Allow loopback addresses (127/8, ::1, localhost) and nothing else internal. For the demo and tests. Default false. */
  allowLoopback?: boolean;
  /** Loopback and private hosts the user runs (`fetch.allowHosts`), checked on every hop's connection. Default none. */
  allowHosts?: readonly AllowedHost[];
  /** The clock for `fetchedAt` and host spacing. Default the system clock. */
  now?: () => Date;
  /** DNS resolution for connections. Default the system resolver. */
  lookup?: ResolveHost;
}

/** A Fetcher that owns a connection pool; `close` releases it (idle sockets never keep the process alive). */
export interface ClosableFetcher extends Fetcher {
  close(): Promise<void>;
}

/**
 * A Fetcher with these limits. `fetchPage` steps, per hop: check the scheme and host literal; wait for
 * the host's turn; GET without following redirects (the connection's resolved address is checked by the
 * agent's lookup); on a redirect check the target for loops and the hop cap and go round again;
 * otherwise return the 304 or the decoded body. Every failure is a FetchError. Conditional headers go
 * with every hop. The total deadline starts when the first request starts (time queued behind earlier
 * requests to the same host does not count) and covers redirects and the body.
 */
export function createFetcher(options: FetcherOptions = {}): ClosableFetcher & JsonClient {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const now = options.now ?? (() => new Date());
  const guard = { allowLoopback: options.allowLoopback ?? false, allowHosts: options.allowHosts ?? [] };
  const spacing = createHostSpacing({
    spacingMs: options.perHostSpacingMs ?? DEFAULT_PER_HOST_SPACING_MS,
    spacingByHost: options.hostSpacingMs ?? DEFAULT_HOST_SPACING_MS,
    now,
  });
  const dispatcher = new Agent({
    connect: createGuardedConnector({ resolveHost: options.lookup ?? resolveWithSystemDns, guard, timeoutMs }),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  async function fetchPage(
    requestedUrl: string,
    conditional?: ConditionalHeaders,
    request?: RequestOptions,
  ): Promise<FetchedPage> {
    let url = parseHttpUrl(requestedUrl);
    const visited = new Set([url.href]);
    const firstOrigin = url.origin;
    const deadline = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The deadline starts once the first host lets us in: time queued behind other sources' requests is not ours.
    const startDeadline = (): void => {
      timer ??= setTimeout(() => deadline.abort(new Error(`deadline of ${timeoutMs} ms passed`)), timeoutMs);
    };
    try {
      for (let redirects = 0; ; redirects += 1) {
        const refusal = hostRefusal(url.hostname, guard, connectionTargetOf(url).port);
        if (refusal)
          throw new FetchError('forbidden-address', `refused ${url.href}: ${explainRefusal(refusal)}`, {
            url: url.href,
          });
        const hopUrl = url;
        const hop = await spacing.run(
          url.hostname,
          () => {
            startDeadline();
            // Credentials go to the origin they were meant for only (as the Fetch standard does on a cross-origin redirect).
            const hopRequest =
              hopUrl.origin === firstOrigin || !request?.authorization
                ? request
                : { ...request, authorization: undefined };
            const hopOptions = {
              dispatcher,
              userAgent,
              maxBodyBytes,
              conditional,
              request: hopRequest,
              now,
              signal: deadline.signal,
            };
            return requestHop(hopUrl, hopOptions).catch((error: unknown) => {
              // A kept-alive connection the server closed while idle fails at once; a GET is safe to send
              // again, once, on a new connection (as Go's net/http does for Miniflux). A POST is not.
              if (!isStaleConnection(error) || deadline.signal.aborted || request?.post) throw error;
              return requestHop(hopUrl, hopOptions);
            });
          },
          redirects === 0 ? undefined : deadline.signal,
        );
        if (hop.kind === 'response')
          return fetchedPage(hop, conditional, { requestedUrl, url: url.href, fetchedAt: now().toISOString() });
        if (request?.post) {
          throw new FetchError(
            'http-status',
            `${url.href} answered a POST with a redirect (${hop.status}), which is not followed`,
            { url: url.href, status: hop.status },
          );
        }
        url = nextHop(url, hop.location, visited, redirects + 1, maxRedirects);
        visited.add(url.href);
      }
    } catch (error) {
      throw toFetchError(error, { url: url.href, deadlinePassed: deadline.signal.aborted, timeoutMs });
    } finally {
      clearTimeout(timer);
    }
  }

  const postJson: JsonClient['postJson'] = (url, request) =>
    requestJson(parseHttpUrl(url), request, { dispatcher, guard, userAgent, now, timeoutMs, maxBodyBytes });
  return { fetchPage, postJson, close: () => dispatcher.close() };
}

/** Socket errors that mean the server dropped a pooled connection before answering. */
const STALE_CONNECTION_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

function isStaleConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STALE_CONNECTION_CODES.has(code);
}

/** The page for a final response. A 304 without validators keeps the ones that were sent, as the response re-confirms them. */
function fetchedPage(
  response: Extract<HopResult, { kind: 'response' }>,
  conditional: ConditionalHeaders | undefined,
  where: Pick<FetchedPage, 'requestedUrl' | 'url' | 'fetchedAt'>,
): FetchedPage {
  const sent = response.notModified ? conditional : undefined;
  return {
    ...where,
    status: response.status,
    notModified: response.notModified,
    contentType: response.contentType,
    etag: response.etag ?? sent?.etag ?? null,
    lastModified: response.lastModified ?? sent?.lastModified ?? null,
    body: response.body,
  };
}
