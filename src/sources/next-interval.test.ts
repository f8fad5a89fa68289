import { describe, expect, it } from 'vitest';
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, nextInterval } from './next-interval.js';
import { formatDuration, parseDuration } from './parse-duration.js';

const now = new Date('2026-03-01T12:00:00Z');
const hoursAgo = (hours: number): string => new Date(now.getTime() - hours * 3_600_000).toISOString();
const base = { now, everySeconds: null, community: false, recordTimes: [], serverHintSeconds: null };

describe('nextInterval', () => {
  it('uses the owner interval when one is set', () => {
    expect(nextInterval({ ...base, everySeconds: 1800, recordTimes: [hoursAgo(1)] })).toBe(1800);
  });

  it('waits the longest for a feed with no entries in the last week', () => {
    expect(nextInterval({ ...base, recordTimes: [hoursAgo(24 * 30)] })).toBe(MAX_INTERVAL_SECONDS);
  });

  it('divides the week by the entries of the last week', () => {
    const times = Array.from({ length: 14 }, (_, index) => hoursAgo(index * 12));
    expect(nextInterval({ ...base, recordTimes: times })).toBe(12 * 3600);
  });

  it('never checks a busy feed more often than every five minutes', () => {
    const times = Array.from({ length: 5000 }, () => hoursAgo(1));
    expect(nextInterval({ ...base, recordTimes: times })).toBe(MIN_INTERVAL_SECONDS);
  });

  it('raises the interval to the feed ttl or max-age', () => {
    const times = Array.from({ length: 5000 }, () => hoursAgo(1));
    expect(nextInterval({ ...base, recordTimes: times, serverHintSeconds: 3600 })).toBe(3600);
  });

  it('checks an active thread often and a quiet one less', () => {
    const active = nextInterval({ ...base, community: true, recordTimes: [hoursAgo(0.1)] });
    const quiet = nextInterval({ ...base, community: true, recordTimes: [hoursAgo(8)] });
    const dead = nextInterval({ ...base, community: true, recordTimes: [hoursAgo(24 * 10)] });
    expect(active).toBe(MIN_INTERVAL_SECONDS);
    expect(quiet).toBe(2 * 3600);
    expect(dead).toBe(MAX_INTERVAL_SECONDS);
  });
});

describe('parseDuration', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect([parseDuration('90s'), parseDuration('30m'), parseDuration('2h'), parseDuration('1d')]).toEqual([
      90, 1800, 7200, 86_400,
    ]);
  });

  it('refuses what is not a whole number with one unit', () => {
    expect([parseDuration('2'), parseDuration('1.5h'), parseDuration('0m'), parseDuration('h')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('formats a duration back', () => {
    expect([formatDuration(45), formatDuration(1800), formatDuration(5400), formatDuration(86_400)]).toEqual([
      '45s',
      '30m',
      '1h30m',
      '1d',
    ]);
  });
});
