/**
 * @module sources/next-interval
 * How long a source waits before its next fetch: its owner's interval, else one adapted to how often
 * it publishes (a feed: its entry rate; a community thread: how long it has been quiet), clamped,
 * then raised to what the server asked for (a feed's `ttl`, Cache-Control `max-age`). Pure: the
 * caller reads the source's recent records and the hints, and stores the result.
 */

/** Shortest adapted interval, seconds: Miniflux's SCHEDULER_ENTRY_FREQUENCY_MIN_INTERVAL (5 minutes). */
export const MIN_INTERVAL_SECONDS = 5 * 60;
/** Longest adapted interval, seconds: Miniflux's SCHEDULER_ENTRY_FREQUENCY_MAX_INTERVAL (24 hours). */
export const MAX_INTERVAL_SECONDS = 24 * 60 * 60;
/** Window the entry rate is measured over, seconds: Miniflux counts the entries of the last week. */
export const ENTRY_RATE_WINDOW_SECONDS = 7 * 24 * 60 * 60;
/**
 * A quiet thread is checked again after this fraction of the time it has been quiet: one quiet for
 * 20 minutes is checked after 5, one quiet for 4 hours after an hour, one quiet for 4 days daily.
 * Our choice (no anchor sets it): replies to a thread thin out roughly in proportion to its age.
 */
export const QUIET_FRACTION = 0.25;
/** Shortest interval an owner may set, seconds: below it a fetch could still be running when the next is due. */
export const MIN_OWNER_INTERVAL_SECONDS = 10;

export interface IntervalInput {
  now: Date;
  /** The owner's interval (`--every`), seconds; null to adapt. */
  everySeconds: number | null;
  /** True for a community source (a thread, a subreddit): its interval follows how long it has been quiet. */
  community: boolean;
  /** When its recent records were published (or fetched, when undated), ISO 8601, any order. */
  recordTimes: readonly string[];
  /** What the server asked for, seconds (a feed's `ttl`, Cache-Control `max-age`); null when nothing. */
  serverHintSeconds: number | null;
}

/**
 * The interval before the next fetch, seconds. Steps: (1) the owner's interval when set; else (2) a
 * community source's quiet time × {@link QUIET_FRACTION}, or a feed's week divided by its entries in
 * the last week (no entries: the longest), clamped to {@link MIN_INTERVAL_SECONDS}–{@link MAX_INTERVAL_SECONDS};
 * (3) raised to the server's hint.
 */
export function nextInterval(input: IntervalInput): number {
  const chosen =
    input.everySeconds !== null ? Math.max(MIN_OWNER_INTERVAL_SECONDS, input.everySeconds) : adaptedInterval(input);
  return input.serverHintSeconds === null ? chosen : Math.max(chosen, input.serverHintSeconds);
}

function adaptedInterval(input: IntervalInput): number {
  const nowMs = input.now.getTime();
  const times = input.recordTimes.map((time) => Date.parse(time)).filter((time) => Number.isFinite(time));
  const raw = input.community ? quietInterval(times, nowMs) : entryRateInterval(times, nowMs);
  return Math.round(Math.min(MAX_INTERVAL_SECONDS, Math.max(MIN_INTERVAL_SECONDS, raw)));
}

function quietInterval(times: readonly number[], nowMs: number): number {
  if (times.length === 0) return MAX_INTERVAL_SECONDS;
  const quietSeconds = Math.max(0, (nowMs - Math.max(...times)) / 1000);
  return quietSeconds * QUIET_FRACTION;
}

function entryRateInterval(times: readonly number[], nowMs: number): number {
  const since = nowMs - ENTRY_RATE_WINDOW_SECONDS * 1000;
  const weekly = times.filter((time) => time >= since && time <= nowMs).length;
  return weekly === 0 ? MAX_INTERVAL_SECONDS : ENTRY_RATE_WINDOW_SECONDS / weekly;
}
