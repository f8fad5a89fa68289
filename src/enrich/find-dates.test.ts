import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

describe('findDates', () => {
  it('finds ISO dates and dates in words, each once, in order of first mention', () => {
    const text =
      'Filed on 2026-11-12 and heard 3 December 2026. The ruling (Nov. 30, 2026) cites 12 November 2026 and 2026-11-12 again; on 1st Feb 2027 it ends.';
    expect(findDates(text)).toEqual(['2026-11-12', '2026-12-03', '2026-11-30', '2027-02-01']);
  });

  it('leaves out impossible days, version numbers, phone-like runs and months inside words', () => {
    expect(findDates('2026-02-30, 31 April 2026, v2026-11-12-rc, 12026-11-12, Summary 12, 2026, 2026-11-123')).toEqual(
      [],
    );
    expect(findDates('29 February 2028 but not 29 February 2027')).toEqual(['2028-02-29']);
  });

  it('gives nothing for empty text and stays linear on a 1 MB word', () => {
    expect(findDates('')).toEqual([]);
    const started = performance.now();
    expect(findDates('9'.repeat(500_000) + 'x'.repeat(500_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
