/**
 * @module model/source
 * A source: a URL the engine fetches on a schedule (a feed, a page, a community API endpoint).
 */
import type { Platform } from './platform.js';
import type { RecordKind } from './record-kind.js';

/** `paused`: it failed too many fetches in a row, and `fetch` skips it until `sources resume`. */
export const SOURCE_STATUSES = ['new', 'ok', 'failing', 'paused'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export interface Source {
  id: string;
  url: string;
  kind: RecordKind;
  /** The platform when known; null lets the parser's format detection decide. */
  platform: Platform | null;
  /** A display name (feed title, subreddit, outlet); null until the first fetch finds one. */
  title: string | null;
  /**
   * The community or outlet name its records carry, set by the person who added the source, e.g.
   * "Loom" for a Discourse whose topic JSON names only its host. Null: each parser's own venue.
   */
  venue: string | null;
  /** Folders or labels the source is filed under (OPML folders become tags), in order. */
  tags: string[];
  status: SourceStatus;
  lastError: string | null;
  /** Fetches that failed in a row since the last success; reset by a success or by resuming. */
  consecutiveFailures: number;
  lastFetchedAt: string | null;
  etag: string | null;
  lastModified: string | null;
  /**
   * The earliest time the next fetch should run (ISO 8601 UTC): set after a failure, from the
   * server's Retry-After or the backoff; null when the source may be fetched at any time.
   */
  nextDueAt: string | null;
  /** The interval its owner set (`--every`), seconds; null: adapted to the source (sources/next-interval.ts). */
  everySeconds: number | null;
  /** The interval in force since the last fetch, seconds; null before the first scheduled fetch. */
  intervalSeconds: number | null;
  createdAt: string;
}

/** What the scheduler changes on a source; absent fields are unchanged, null clears. */
export interface SourceSchedule {
  everySeconds?: number | null;
  intervalSeconds?: number | null;
  nextDueAt?: string | null;
}

/** What a fetch changes on a source. */
export interface SourceFetchState {
  status: SourceStatus;
  lastError: string | null;
  /** Absent: unchanged. */
  consecutiveFailures?: number;
  lastFetchedAt: string;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  /** Absent: unchanged. See Source.nextDueAt. */
  nextDueAt?: string | null;
}
