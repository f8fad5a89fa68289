import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extract-quantities.js';

describe('extractQuantities', () => {
  it('reads a clock time as one figure, in seconds since midnight, never as its parts', () => {
    const figures = extractQuantities('The imager stopped at 01:37 UTC and the backup ran from 13:20:05, at 4 km.');
    expect(figures.map((figure) => [figure.raw, figure.unit, figure.value])).toEqual([
      ['01:37', 'clock', 5_820],
      ['13:20:05', 'clock', 48_005],
      ['4 km', 'km', 4],
    ]);
  });

  it('leaves ratios, scores and longer digit runs to the figure rules', () => {
    expect(extractQuantities('a 3:1 vote').map((figure) => figure.unit)).not.toContain('clock');
    expect(extractQuantities('build 12:34:56:78').map((figure) => figure.unit)).not.toContain('clock');
    expect(extractQuantities('up 24:61').map((figure) => figure.unit)).not.toContain('clock');
  });

  it('keeps magnitudes and units as before', () => {
    expect(
      extractQuantities('$2.41bn, 31 percent and a 256-bit bus').map((figure) => [figure.value, figure.unit]),
    ).toEqual([
      [2_410_000_000, 'usd'],
      [31, 'percent'],
      [256, 'bit'],
    ]);
  });
});
