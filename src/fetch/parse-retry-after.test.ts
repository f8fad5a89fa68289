import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './parse-retry-after.js';

const now = new Date('2026-12-01T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP-date as the time left until it, and a past date as now', () => {
    expect(parseRetryAfter('Tue, 01 Dec 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Mon, 30 Nov 2026 12:00:00 GMT', now)).toBe(0);
  });
  it('caps a wait ten years away, in seconds or as a date, at the maximum', () => {
    expect(parseRetryAfter(String(10 * 365 * 24 * 3600), now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('Sat, 01 Dec 2036 12:00:00 GMT', now)).toBe(MAX_RETRY_AFTER_MS);
  });
  it('ignores a negative, fractional or unreadable value and an absent header', () => {
    expect(parseRetryAfter('-30', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
