/**
 * @module cluster/span-of
 * The time a group of units covers.
 */

/** The earliest and latest start among `members` (indexes into `startedAt`, epoch ms). */
export function spanOf(members: Iterable<number>, startedAt: readonly number[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const index of members) {
    first = Math.min(first, startedAt[index]!);
    last = Math.max(last, startedAt[index]!);
  }
  return { first, last };
}
