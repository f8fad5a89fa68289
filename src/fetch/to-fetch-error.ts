/**
 * @module fetch/to-fetch-error
 * Sorts whatever a request threw into one FetchError: refusal, timeout or network failure.
 */
import { FetchError } from './fetch-error.js';
import { ResolvedAddressRefusal } from './guarded-lookup.js';

/** undici's own timers (connect, headers, body); they count as timeouts like our deadline. */
const UNDICI_TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

export interface FailureContext {
  /** The URL of the hop that failed. */
  url: string;
  /** True when the fetcher's total deadline fired. */
  deadlinePassed: boolean;
  timeoutMs: number;
}

/** The FetchError for `error`; a FetchError passes through unchanged. The original is kept as `cause`. */
export function toFetchError(error: unknown, context: FailureContext): FetchError {
  const { url } = context;
  if (error instanceof FetchError) return error;
  if (error instanceof ResolvedAddressRefusal) {
    return new FetchError('forbidden-address', `refused ${url}: ${error.message}`, { url, cause: error });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (context.deadlinePassed || (typeof code === 'string' && UNDICI_TIMEOUT_CODES.has(code))) {
    return new FetchError(
      'timeout',
      `${url} did not finish within ${context.timeoutMs} ms (fetch.timeoutMs); the server is slow or not answering`,
      { url, cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  const errno = typeof code === 'string' && !detail.includes(code) ? ` (${code})` : '';
  return new FetchError('network', `could not fetch ${url}: ${detail}${errno}`, { url, cause: error });
}
