/**
 * @module parse/feed/parse-feed-date
 * Reads the dates feeds carry (RFC 822 in RSS, RFC 3339 / W3C-DTF in Atom and JSON Feed) into ISO UTC.
 */

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** RFC 822 §5.1 zone names and the US/military ones seen in real feeds, as minutes east of UTC. */
const ZONE_OFFSETS: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  at: -240,
  et: -300,
  ct: -360,
  mt: -420,
  pt: -480,
  met: 60,
  mest: 120,
  cet: 60,
  cest: 120,
  bst: 60,
  a: -60,
  m: -720,
  n: 60,
  y: 720,
};

/** W3C-DTF / RFC 3339: year, optional month and day, optional time with optional seconds, fraction and zone. */
const ISO_DATE =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

/** RFC 822 / 2822: optional weekday, day, month name, 2- or 4-digit year, optional time, optional zone. */
const RFC822_DATE =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*((?:etc\/)?[a-z]+)?\s*([+-]\d{2}:?\d{2})?$/i;

/**
 * The date as an ISO 8601 UTC string (`2002-09-07T00:00:01.000Z`), or null when it is not an
 * RFC 822 or W3C-DTF/RFC 3339 date or names an impossible day. A missing zone means UTC.
 */
export function parseFeedDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  return parseIsoDate(text) ?? parseRfc822Date(text);
}

function parseIsoDate(text: string): string | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', fraction = '0', zone] = match;
  const milliseconds = Math.round(Number(`0.${fraction}`) * 1000);
  return build(+year!, +month - 1, +day, +hour, +minute, +second, milliseconds, zoneOffset(zone));
}

function parseRfc822Date(text: string): string | null {
  const match = RFC822_DATE.exec(text);
  if (!match) return null;
  const [, day, monthName, yearText, hour = '00', minute = '00', second = '00', zoneName, zoneOffsetText] = match;
  const month = MONTHS[monthName!.toLowerCase()];
  if (month === undefined) return null;
  let year = +yearText!;
  // RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx.
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const named = zoneOffset(zoneName?.replace(/^etc\//i, ''));
  const numeric = zoneOffset(zoneOffsetText);
  if (named === null || numeric === null) return null;
  const offset = named + numeric;
  return build(year, month, +day!, +hour, +minute, +second, 0, offset);
}

function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  // Real offsets run from -12:00 to +14:00 with minutes below 60.
  if (numeric && (+numeric[2]! > 14 || +(numeric[3] ?? 0) > 59)) return null;
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (+numeric[2]! * 60 + +(numeric[3] ?? 0));
  const named = ZONE_OFFSETS[zone.toLowerCase()];
  return named ?? null;
}

/**
 * Years a feed date can plausibly carry. Web feeds began in 1999 and the web itself in 1991, so an
 * earlier year is a placeholder (the Unix epoch, a zeroed field), not a publication time; a year past
 * 2200 is a typo or an attack. Either reads as no date.
 */
const PLAUSIBLE_YEARS = { first: 1991, last: 2200 } as const;

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  milliseconds: number,
  offsetMinutes: number | null,
): string | null {
  if (offsetMinutes === null) return null;
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) return null;
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), milliseconds);
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCDate() !== day) return null;
  return new Date(utc - offsetMinutes * 60_000).toISOString();
}
