/**
 * @module parse/community/shared/to-iso-date
 * Turns the dates platforms give (Unix seconds, RFC 3339 strings) into ISO 8601 UTC.
 */

/** Unix seconds (Reddit `created_utc`, HN `time`) as ISO UTC, or null when not a finite number. */
export function isoFromUnixSeconds(seconds: unknown): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  return new Date(seconds * 1000).toISOString();
}

/** An offset written without a colon (`+0000`, XenForo and phpBB do this), which we add. */
const COMPACT_OFFSET = /([+-]\d{2})(\d{2})$/;

/**
 * A date string with an explicit zone (`2023-04-01T10:00:00Z`, `…+02:00`, `…+0200`) as ISO UTC,
 * or null when it does not parse. A string without a zone is read as UTC.
 */
export function isoFromDateString(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let text = value.trim().replace(COMPACT_OFFSET, '$1:$2');
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text = `${text.replace(' ', 'T')}Z`;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
