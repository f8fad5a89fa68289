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

export interface Fetcher {
  /** Fetches one URL. Throws FetchError (with `code` and `retryable`) on refusal or failure. */
  fetchPage(url: string, conditional?: ConditionalHeaders): Promise<FetchedPage>;
}
