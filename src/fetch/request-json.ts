/**
 * @module fetch/request-json
 * One JSON POST to an API on the fetcher's connection pool: the SSRF guard, a total deadline, the
 * capped body reader and the one Retry-After reading, every failure a FetchError.
 */
import { request, type Dispatcher } from 'undici';
import type { JsonRequest, JsonResponse } from './fetched-page.js';
import { FetchError } from './fetch-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readCappedBody } from './read-capped-body.js';
import { connectionTargetOf } from './allowed-host.js';
import { explainRefusal, hostRefusal, type GuardOptions } from './ssrf-guard.js';
import { toFetchError } from './to-fetch-error.js';

/**
 * Statuses whose Retry-After is read: 429 (RFC 6585 §4), 503 (RFC 9110 §10.2.3) and 529, which
 * Anthropic's API answers when overloaded.
 */
const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503, 529]);

/** Characters of an error answer quoted in the FetchError message: enough for an API's error object. */
const ERROR_EXCERPT_CHARS = 200;

/** The codings read-capped-body can undo. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** What the fetcher hands a JSON request: its pool, guard and clock, and the limits for this request. */
export interface RequestJsonOptions {
  dispatcher: Dispatcher;
  guard: GuardOptions;
  userAgent: string;
  now: () => Date;
  /** The fetcher's defaults, which `JsonRequest.timeoutMs` and `maxBodyBytes` replace. */
  timeoutMs: number;
  maxBodyBytes: number;
}

/**
 * POSTs `json.body` to `url` (already parsed and of an allowed scheme) and returns the parsed 2xx
 * answer. Steps: refuse a forbidden host; start the deadline; POST; turn any non-2xx status into
 * FetchError `http-status` (a redirect is not followed); read the body under the cap; parse it.
 */
export async function requestJson(url: URL, json: JsonRequest, options: RequestJsonOptions): Promise<JsonResponse> {
  const timeoutMs = json.timeoutMs ?? options.timeoutMs;
  const maxBodyBytes = json.maxBodyBytes ?? options.maxBodyBytes;
  const refusal = hostRefusal(url.hostname, options.guard, connectionTargetOf(url).port);
  if (refusal)
    throw new FetchError('forbidden-address', `refused ${url.href}: ${explainRefusal(refusal)}`, { url: url.href });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`deadline of ${timeoutMs} ms passed`)), timeoutMs);
  try {
    const response = await request(url, {
      dispatcher: options.dispatcher,
      method: 'POST',
      headers: {
        'user-agent': options.userAgent,
        'accept-encoding': ACCEPT_ENCODING,
        'content-type': 'application/json',
        accept: 'application/json',
        ...json.headers,
      },
      body: JSON.stringify(json.body),
      signal: deadline.signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const read = async (): Promise<string> => {
      const contentEncoding = headerValue(response.headers['content-encoding']);
      const body = await readCappedBody(response.body, {
        contentEncoding,
        maxBodyBytes,
        signal: deadline.signal,
        url: url.href,
      });
      return Buffer.from(body).toString('utf8');
    };
    const { statusCode: status } = response;
    if (status < 200 || status > 299) {
      const excerpt = await read().then(
        (text) => text.slice(0, ERROR_EXCERPT_CHARS),
        () => '',
      );
      const retryAfterMs = RETRY_AFTER_STATUSES.has(status)
        ? parseRetryAfter(headerValue(response.headers['retry-after']), options.now())
        : null;
      const wait = retryAfterMs === null ? '' : `; the server asks us to wait ${Math.ceil(retryAfterMs / 1000)} s`;
      throw new FetchError(
        'http-status',
        `${url.href} answered HTTP ${status}${wait}${excerpt ? `: ${excerpt}` : ''}`,
        {
          url: url.href,
          status,
          retryAfterMs,
        },
      );
    }
    const text = await read();
    try {
      return { url: url.href, status, body: JSON.parse(text) };
    } catch (error) {
      throw new FetchError(
        'invalid-json',
        `${url.href} answered with something that is not JSON: ${text.slice(0, ERROR_EXCERPT_CHARS)}`,
        {
          url: url.href,
          cause: error,
        },
      );
    }
  } catch (error) {
    throw toFetchError(error, { url: url.href, deadlinePassed: deadline.signal.aborted, timeoutMs });
  } finally {
    clearTimeout(timer);
  }
}

/** A header's first value, or null when absent. */
function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
