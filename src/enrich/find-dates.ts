/**
 * @module enrich/find-dates
 * Calendar dates a text mentions, written as ISO dates or in words ("12 November 2026",
 * "November 12, 2026"), as `YYYY-MM-DD` strings.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * `2026-11-12` (not inside a longer run of digits or hyphens), `12 November 2026` / `12 Nov. 2026`,
 * and `November 12, 2026` / `Nov 12 2026`. Every part is bounded, so a long run of letters or digits
 * costs linear time.
 */
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])` +
    String.raw`|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\.?,?\s+(\d{4})(?![\p{N}])` +
    String.raw`|(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\p{N}]))`,
  'giu',
);

/**
 * The dates `text` mentions, `YYYY-MM-DD`, each once, in order of first mention. A date that does
 * not exist on the calendar ("2026-02-30", "31 April 2026") is left out; years run 1000–2999.
 */
export function findDates(text: string): string[] {
  const dates = new Set<string>();
  for (const match of text.matchAll(DATE)) {
    const [, isoYear, isoMonth, isoDay, dayFirst, monthAfterDay, yearAfterMonth, monthFirst, dayAfterMonth, yearLast] =
      match;
    const date = isoYear
      ? calendarDate(Number(isoYear), Number(isoMonth), Number(isoDay))
      : dayFirst
        ? calendarDate(Number(yearAfterMonth), MONTHS[monthAfterDay!.toLowerCase()]!, Number(dayFirst))
        : calendarDate(Number(yearLast), MONTHS[monthFirst!.toLowerCase()]!, Number(dayAfterMonth));
    if (date) dates.add(date);
  }
  return [...dates];
}

/** `YYYY-MM-DD` when the day exists, else null. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
