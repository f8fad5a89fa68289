import { describe, expect, it } from 'vitest';
import { formatHours, formatHumanTime, renderTime } from './format-time.js';

describe('format-time', () => {
  it('prints a time as day, month name, year and UTC clock time', () => {
    expect(formatHumanTime('2026-11-25T14:05:00Z')).toBe('25 November 2026, 14:05 UTC');
    expect(formatHumanTime('2026-01-03T23:59:00+02:00')).toBe('3 January 2026, 21:59 UTC');
  });

  it('wraps the human form in a time element carrying the ISO time', () => {
    expect(renderTime('2026-11-25T14:05:00Z').toString()).toBe(
      '<time datetime="2026-11-25T14:05:00.000Z">25 November 2026, 14:05 UTC</time>',
    );
    expect(renderTime('2026-11-25T14:05:00Z', { dateOnly: true }).toString()).toContain('>25 November 2026</time>');
  });

  it('prints an unparseable time escaped and an absent one as the fallback', () => {
    expect(renderTime('<soon>').toString()).toBe('&lt;soon&gt;');
    expect(renderTime(null, { fallback: 'undated' }).toString()).toBe('undated');
  });

  it('prints lead hours with at most one decimal and no sign', () => {
    expect(formatHours(29.8)).toBe('29.8 h');
    expect(formatHours(14)).toBe('14 h');
    expect(formatHours(-3.04)).toBe('3 h');
  });
});
