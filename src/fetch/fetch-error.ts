/**
 * @module fetch/fetch-error
 * The one error the fetcher throws: a stable code, whether a later retry may help, and the URL.
 */

/** Why a fetch was refused or failed. */
export type FetchErrorCode =
  | 'forbidden-address'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'bad-scheme'
  | 'bad-encoding'
  | 'http-status'
  | 'network'
  | 'invalid-url'
  | 'robots-disallowed'
  | 'invalid-json';

/** Codes whose failure is usually transient; `http-status` decides by status instead. */
const RETRYABLE_CODES: ReadonlySet<FetchErrorCode> = new Set(['timeout', 'network']);

/**
 * Statuses worth retrying later: 408 Request Timeout and 429 Too Many Requests (RFC 9110 §15.5.9,
 * RFC 6585 §4) and every 5xx; the same split as the AI SDK's `api-call-error.ts` minus 409.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export interface FetchErrorDetails {
  /** The URL being fetched when the failure happened (after any redirects so far). */
  url: string;
  /** The HTTP status, for `http-status` only. */
  status?: number;
  /** The server's Retry-After, read and capped (see parse-retry-after.ts), when it sent one. */
  retryAfterMs?: number | null;
  cause?: unknown;
}

/** A refused or failed fetch. `message` says what happened and, where there is one, what to change. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly code: FetchErrorCode;
  /** True when the same request may succeed later: timeouts, network failures, 408, 429 and 5xx. */
  readonly retryable: boolean;
  /** The HTTP status for `http-status`, else null. */
  readonly status: number | null;
  readonly url: string;
  /** How long the server asked us to wait (a 429 or 503 with Retry-After), capped; null when it did not say. */
  readonly retryAfterMs: number | null;

  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.url = details.url;
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.retryable =
      code === 'http-status' && details.status !== undefined
        ? isRetryableStatus(details.status)
        : RETRYABLE_CODES.has(code);
  }
}
