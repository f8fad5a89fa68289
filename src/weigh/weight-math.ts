/**
 * @module weigh/weight-math
 * The two small sums every weight uses: a median, and rounding to the three decimals weights print with.
 */

/** The middle value (the mean of the two middle values for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounded to 0.001, as weights and factors are printed. */
export function roundWeight(value: number): number {
  return Math.round(value * 1000) / 1000;
}
