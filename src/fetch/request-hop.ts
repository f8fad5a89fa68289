/**
 * @module fetch/request-hop
 * One HTTP GET (or a token request's POST) without following redirects: a redirect target, a 304,
 * or a decoded, capped body.
 */
import { request, type Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import type { ConditionalHeaders, FetchedPage, RequestOptions } from './fetched-page.js';
import { FetchError } from './fetch-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { abandonBody, readCappedBody } from './read-capped-body.js';

/** Redirect statuses (RFC 9110 §15.4); 300 Multiple Choices and 305/306 are not followed. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Bytes of a redirect, 304 or error body read to keep the connection reusable; past this it is closed. */
const DISCARDED_BODY_LIMIT_BYTES = 64 * 1024;

/** Preference for feed formats, then pages; anything else is still accepted. */
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.9, text/html;q=0.8, */*;q=0.5';

/** The codings read-capped-body can undo. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

export interface HopOptions {
  dispatcher: Dispatcher;
  userAgent: string;
  maxBodyBytes: number;
  conditional: ConditionalHeaders | undefined;
  request: RequestOptions | undefined;
  /** The clock an HTTP-date Retry-After is measured against. */
  now: () => Date;
  /** The total deadline. */
  signal: AbortSignal;
}

/** What one hop produced. */
export type HopResult =
  | { kind: 'redirect'; status: number; location: string }
  | ({ kind: 'response' } & Pick<
      FetchedPage,
      'status' | 'notModified' | 'contentType' | 'etag' | 'lastModified' | 'body'
    >);

/**
 * GETs `url` once. Returns the raw Location for a redirect, or the response; throws FetchError
 * `http-status` for any other non-2xx status and whatever undici or the body reader throws otherwise.
 */
export async function requestHop(url: URL, options: HopOptions): Promise<HopResult> {
  const { signal } = options;
  const response = await request(url, {
    dispatcher: options.dispatcher,
    method: options.request?.post ? 'POST' : 'GET',
    headers: requestHeaders(options),
    body: options.request?.post?.body,
    signal,
  });
  const { statusCode: status, headers } = response;
  const discardBody = (): Promise<void> => response.body.dump({ limit: DISCARDED_BODY_LIMIT_BYTES, signal });
  const location = headerValue(headers, 'location');
  if (REDIRECT_STATUSES.has(status) && location !== null) {
    await discardBody();
    return { kind: 'redirect', status, location };
  }
  const notModified = status === 304;
  if (!notModified && (status < 200 || status > 299)) {
    await discardBody();
    const reason = response.statusText ? ` ${response.statusText}` : '';
    // RFC 9110 §10.2.3: Retry-After rides on 503 and 3xx; RFC 6585 §4 adds it to 429.
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(headerValue(headers, 'retry-after'), options.now()) : null;
    const wait = retryAfterMs === null ? '' : `; the server asks us to wait ${Math.ceil(retryAfterMs / 1000)} s`;
    throw new FetchError('http-status', `${url.href} answered HTTP ${status}${reason}${wait}`, {
      url: url.href,
      status,
      retryAfterMs,
    });
  }
  const contentEncoding = headerValue(headers, 'content-encoding');
  const declaredLength = Number(headerValue(headers, 'content-length') ?? Number.NaN);
  if (!notModified && contentEncoding === null && declaredLength > options.maxBodyBytes) {
    abandonBody(response.body);
    throw new FetchError(
      'too-large',
      `${url.href} declares ${declaredLength} bytes, more than ${options.maxBodyBytes} (raise fetch.maxBodyBytes if the source is legitimate)`,
      { url: url.href },
    );
  }
  let body: Uint8Array = new Uint8Array(0);
  if (notModified) await discardBody();
  else
    body = await readCappedBody(response.body, {
      contentEncoding,
      maxBodyBytes: options.maxBodyBytes,
      signal,
      url: url.href,
    });
  return {
    kind: 'response',
    status,
    notModified,
    contentType: headerValue(headers, 'content-type'),
    etag: headerValue(headers, 'etag'),
    lastModified: headerValue(headers, 'last-modified'),
    body,
  };
}

function requestHeaders(options: HopOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.request?.userAgent ?? options.userAgent,
    accept: options.request?.accept ?? ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.request?.authorization) headers.authorization = options.request.authorization;
  if (options.request?.post) headers['content-type'] = options.request.post.contentType;
  if (options.conditional?.etag) headers['if-none-match'] = options.conditional.etag;
  if (options.conditional?.lastModified) headers['if-modified-since'] = options.conditional.lastModified;
  return headers;
}

/** A header's first value, or null when absent. */
function headerValue(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first ?? null;
}
