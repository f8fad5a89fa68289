/**
 * @module sources/parse-duration
 * Reads an interval as people write it (`90s`, `30m`, `2h`, `1d`) for `sources add/set --every`.
 */

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds in `text` (a whole number and one unit: s, m, h or d); null when it is not one. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+)\s*([smhd])\s*$/i.exec(text);
  if (!match) return null;
  const seconds = Number(match[1]) * (UNIT_SECONDS[match[2]!.toLowerCase()] ?? 0);
  return seconds > 0 ? seconds : null;
}

/** A duration for people: `45s`, `30m`, `2h`, `1d`, or `1h30m`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  if (seconds < 86_400) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.round((seconds % 3600) / 60);
    return minutes === 0 ? `${hours}h` : `${hours}h${minutes}m`;
  }
  return `${Math.round((seconds / 86_400) * 10) / 10}d`;
}
