/**
 * @module fetch/parse-retry-after
 * Reads a 429 or 503 answer's Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 */

/**
 * The longest wait a server can impose: 24 hours, Miniflux's SCHEDULER_ROUND_ROBIN_MAX_INTERVAL
 * default (1,440 minutes). A Retry-After ten years away is read as a misconfiguration, not an order.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** RFC 9110: `delay-seconds = 1*DIGIT`. A sign, a fraction or anything else is not a delay. */
const DELAY_SECONDS = /^\d+$/;

/**
 * The wait in milliseconds, between 0 and MAX_RETRY_AFTER_MS, or null when the header is absent or
 * unreadable (a negative number, garbage): the caller's own backoff decides then. An HTTP-date in
 * the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null) return null;
  const text = value.trim();
  let waitMs: number;
  if (DELAY_SECONDS.test(text)) waitMs = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    // Date.parse also reads bare numbers such as "-5" as years; only HTTP-dates (with a weekday and GMT) count.
    if (Number.isNaN(at) || !/GMT$/i.test(text)) return null;
    waitMs = at - now.getTime();
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, waitMs));
}
