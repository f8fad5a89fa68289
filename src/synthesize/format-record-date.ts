/**
 * @module synthesize/format-record-date
 * Dates as stories print them ("3 November 2026"), from a record's ISO `publishedAt`, in UTC.
 */

/** English month names, January first: the one table every printed date uses. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 November 2026" for an ISO time (read in UTC); null when the time is absent or unparseable. */
export function formatRecordDate(iso: string | null): string | null {
  if (!iso) return null;
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return null;
  return `${time.getUTCDate()} ${MONTH_NAMES[time.getUTCMonth()]} ${time.getUTCFullYear()}`;
}
