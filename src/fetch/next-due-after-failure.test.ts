import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, nextDueAfterFailure } from './next-due-after-failure.js';

const now = new Date('2026-12-01T12:00:00.000Z');
const waitOf = (failures: number, retryAfterMs: number | null = null) =>
  nextDueAfterFailure(failures, retryAfterMs, now).getTime() - now.getTime();

describe('nextDueAfterFailure', () => {
  it('doubles the wait with each failure in a row, from 5 minutes, capped at 24 hours', () => {
    expect([1, 2, 3, 4].map((failures) => waitOf(failures))).toEqual(
      [1, 2, 4, 8].map((factor) => factor * BACKOFF_BASE_MS),
    );
    expect(waitOf(12)).toBe(BACKOFF_MAX_MS);
    expect(waitOf(10_000)).toBe(BACKOFF_MAX_MS);
  });
  it("waits for the server's Retry-After when it is longer than the backoff, never shorter", () => {
    expect(waitOf(1, 3_600_000)).toBe(3_600_000);
    expect(waitOf(3, 1_000)).toBe(4 * BACKOFF_BASE_MS);
  });
});
