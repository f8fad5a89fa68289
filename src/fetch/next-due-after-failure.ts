/**
 * @module fetch/next-due-after-failure
 * The retry policy between refreshes: when a source that just failed may be fetched again.
 */
import { MAX_RETRY_AFTER_MS } from './parse-retry-after.js';

/** The first wait after a failure: Miniflux's SCHEDULER_ENTRY_FREQUENCY_MIN_INTERVAL default, 5 minutes. */
export const BACKOFF_BASE_MS = 5 * 60 * 1000;
/** The longest wait: Miniflux's SCHEDULER_ENTRY_FREQUENCY_MAX_INTERVAL default, 24 hours (1,440 minutes). */
export const BACKOFF_MAX_MS = MAX_RETRY_AFTER_MS;

/**
 * The earliest next fetch after `consecutiveFailures` (1 for the first) failures in a row: exponential
 * backoff, 5 min × 2^(failures − 1) capped at 24 h, or the server's Retry-After when that is later.
 */
export function nextDueAfterFailure(consecutiveFailures: number, retryAfterMs: number | null, now: Date): Date {
  const exponent = Math.max(0, consecutiveFailures - 1);
  const backoffMs = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(exponent, 20));
  return new Date(now.getTime() + Math.max(backoffMs, retryAfterMs ?? 0));
}
