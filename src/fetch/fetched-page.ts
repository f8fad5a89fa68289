/**
 * @module fetch/fetched-page
 * What one HTTP fetch returns, and the fetcher's port.
 */

export interface FetchedPage {
  requestedUrl: string;
  /** URL after redirects. */
  url: string;
  status: number;
  /** True on 304 Not Modified: `body` is empty and the caller keeps what it had. */
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Decompressed body, capped. */
  body: Uint8Array;
  fetchedAt: string;
}

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

/** Per-request settings a connector may need; absent fields take the fetcher's defaults. */
export interface RequestOptions {
  /** Replaces the fetcher's User-Agent for this request (Reddit asks each client for its own). */
  userAgent?: string;
  /** Replaces the Accept header (an API that answers only JSON). */
  accept?: string;
  /**
   * The Authorization header (`bearer <token>`, `Basic <id:secret>`): sent to the requested URL's
   * origin only, dropped on a redirect to any other origin, and never part of an error message.
   */
  authorization?: string;
  /** POST this body instead of a GET (a token request). A POST is never redirected nor sent twice. */
  post?: { contentType: string; body: string };
}

export interface Fetcher {
  /**
   * Fetches one URL. Throws FetchError (with `code`, `retryable` and, for a 429 or 503 that said
   * when to come back, `retryAfterMs`) on refusal or failure.
   */
  fetchPage(url: string, conditional?: ConditionalHeaders, request?: RequestOptions): Promise<FetchedPage>;
}
