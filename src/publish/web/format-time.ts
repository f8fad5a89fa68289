/**
 * @module publish/web/format-time
 * Human dates for pages ("25 November 2026, 14:05 UTC"), wrapped in `<time datetime>` for machines.
 */
import { MONTH_NAMES as MONTHS } from '../../synthesize/format-record-date.js';
import { html, type SafeHtml } from './html.js';

/** Parses an ISO time; null when absent or unparseable. */
function parseTime(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "25 November 2026, 14:05 UTC"; null when the time is absent or unparseable. */
export function formatHumanTime(iso: string | null | undefined): string | null {
  const date = parseTime(iso);
  if (!date) return null;
  const hours = String(date.getUTCHours()).padStart(2, '0');
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${formatHumanDate(iso)}, ${hours}:${minutes} UTC`;
}

/** "25 November 2026" (UTC); null when the time is absent or unparseable. */
export function formatHumanDate(iso: string | null | undefined): string | null {
  const date = parseTime(iso);
  if (!date) return null;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * A `<time datetime="ISO">` holding the human form (date and time, or the date alone with `dateOnly`).
 * An unparseable time prints as given (escaped); an absent one prints `fallback`.
 */
export function renderTime(
  iso: string | null | undefined,
  options: { dateOnly?: boolean; fallback?: string } = {},
): SafeHtml {
  const date = parseTime(iso);
  if (!date) return html`${iso ?? options.fallback ?? 'unknown time'}`;
  const human = options.dateOnly ? formatHumanDate(iso) : formatHumanTime(iso);
  return html`<time datetime="${date.toISOString()}">${human}</time>`;
}

/** The size of a lead as printed: "14 h", "2.5 h" (absolute, one decimal, ".0" dropped); the caller names who led. */
export function formatHours(hours: number): string {
  return `${Number(Math.abs(hours).toFixed(1))} h`;
}
