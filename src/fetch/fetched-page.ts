/**
 * @module fetch/fetched-page
 * What one HTTP fetch returns, and the fetcher's ports: pages (Fetcher) and JSON APIs (JsonClient).
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

/** One JSON POST to an API (a model's chat endpoint). */
export interface JsonRequest {
  /** Sent as the request body, through JSON.stringify. */
  body: unknown;
  /** Headers besides the JSON content type and Accept (an API key, an API version). Never part of an error message. */
  headers?: Readonly<Record<string, string>>;
  /** Deadline for the whole request, connect to last byte (ms). Default the fetcher's timeoutMs. */
  timeoutMs?: number;
  /** Most answer bytes accepted after decompression. Default the fetcher's maxBodyBytes. */
  maxBodyBytes?: number;
}

/** A 2xx answer to a JsonRequest. */
export interface JsonResponse {
  url: string;
  status: number;
  /** The answer, parsed. */
  body: unknown;
}

/** The fetcher's port for APIs that take and answer JSON; the same guard, deadline, body cap and Retry-After reading as pages. */
export interface JsonClient {
  /**
   * POSTs `request.body` as JSON to `url` and parses the 2xx answer. Never redirected, never sent twice,
   * and not spaced per host (an API's own 429s say when to slow down). Throws FetchError: `http-status`
   * for any other status (with `retryAfterMs` when a 429, 503 or 529 says when to come back, and the
   * start of the answer in the message), `invalid-json` for a 2xx answer that does not parse, and the
   * fetcher's other codes (`forbidden-address`, `timeout`, `too-large`, `network`…).
   */
  postJson(url: string, request: JsonRequest): Promise<JsonResponse>;
}
