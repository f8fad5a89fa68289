/**
 * @module fetch/host-spacing
 * Politeness: one request at a time per host, and a minimum gap between the starts of two requests to it.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Idle hosts are forgotten once this many are remembered, so a long run does not grow without bound. */
const MAX_REMEMBERED_HOSTS = 1_000;

export interface HostSpacingOptions {
  /** Minimum milliseconds between the starts of two requests to one host; 0 only serialises. */
  spacingMs: number;
  /** Longer gaps for particular hosts (an API's published rate limit), by lower-case hostname. */
  spacingByHost?: ReadonlyMap<string, number>;
  /** The clock the gap is measured with. */
  now: () => Date;
}

/** Runs tasks one host at a time. */
export interface HostSpacing {
  /**
   * Waits until no other task for `host` runs and `spacingMs` has passed since the last one started,
   * then runs `task` and holds the host until it settles. `signal` abandons the wait (rejecting with
   * its reason) without disturbing the queue.
   */
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

interface Lane {
  /** Settles when the last queued task for the host has finished. */
  tail: Promise<void>;
  /** Tasks queued or running. */
  pending: number;
  /** When the last task started (ms since epoch, by `now`), or null before the first. */
  lastStartMs: number | null;
}

/** Waits for one gap: the first, and up to two more for timers that fired early. */
const MAX_WAIT_ROUNDS = 3;

/** A HostSpacing keyed by whatever host string callers pass (the fetcher passes the lower-case hostname). */
export function createHostSpacing(options: HostSpacingOptions): HostSpacing {
  const lanes = new Map<string, Lane>();
  const nowMs = (): number => options.now().getTime();
  const spacingOf = (host: string): number => Math.max(options.spacingMs, options.spacingByHost?.get(host) ?? 0);

  function laneFor(host: string): Lane {
    let lane = lanes.get(host);
    if (!lane) {
      if (lanes.size >= MAX_REMEMBERED_HOSTS) forgetIdleLanes();
      lane = { tail: Promise.resolve(), pending: 0, lastStartMs: null };
      lanes.set(host, lane);
    }
    return lane;
  }

  function forgetIdleLanes(): void {
    const now = nowMs();
    for (const [host, lane] of lanes) {
      if (lane.pending === 0 && (lane.lastStartMs ?? 0) + spacingOf(host) <= now) lanes.delete(host);
    }
  }

  return {
    async run(host, task, signal) {
      const lane = laneFor(host);
      const previous = lane.tail;
      let release!: () => void;
      const finished = new Promise<void>((resolve) => (release = resolve));
      lane.tail = previous.then(() => finished);
      lane.pending += 1;
      try {
        await abortable(previous, signal);
        // Timers may fire a little early against the clock: wait again for what remains, a few times at most
        // (an injected clock that stands still must not hold the lane forever).
        for (let round = 0; round < MAX_WAIT_ROUNDS; round += 1) {
          const waitMs = lane.lastStartMs === null ? 0 : lane.lastStartMs + spacingOf(host) - nowMs();
          if (waitMs <= 0) break;
          await sleep(waitMs, undefined, signal ? { signal } : undefined);
        }
        lane.lastStartMs = nowMs();
        return await task();
      } finally {
        lane.pending -= 1;
        release();
      }
    },
  };
}

/** `promise`, or the abort reason as soon as `signal` fires. */
function abortable(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      () => undefined,
    );
  });
}
