/**
 * @module pipeline/refresh-all-sources
 * Refreshes every registered source that is due, in turn, reporting progress; one failing source
 * never stops the others. Sources that are paused or backing off are named with why and until when.
 */
import { nextDueAfterFailure } from '../fetch/next-due-after-failure.js';
import type { Source, SourceFetchState } from '../model/index.js';
import { storableMessage, stripControlCharacters } from '../sources/strip-control-characters.js';
import type { RecordStore } from '../store/record-store.js';
import { describeFailure, refreshSource, type RefreshDependencies, type RefreshOutcome } from './refresh-source.js';

/** Called after each source with the number done and the total. */
export type ProgressListener = (done: number, total: number, outcome: RefreshOutcome) => void;

/** A source this run did not fetch: paused (waits for `sources resume`) or backing off after a failure. */
export interface WaitingSource {
  sourceId: string;
  url: string;
  status: 'paused' | 'backing-off';
  /** The stored reason: the last failure, or why the source was paused. */
  reason: string | null;
  /** When it will be fetched again (ISO 8601 UTC); null for a paused source, which waits for its owner. */
  nextDueAt: string | null;
}

/**
 * The sources a run at `now` skips. Paused sources wait for their owner (`sources resume`): fetching
 * them again would only repeat the failure. A failing source waits for its next due time (the backoff,
 * or the server's Retry-After).
 */
export function waitingSources(sources: readonly Source[], now: Date): WaitingSource[] {
  const nowMs = now.getTime();
  return sources.flatMap((source): WaitingSource[] => {
    const base = { sourceId: source.id, url: source.url, reason: source.lastError };
    if (source.status === 'paused') return [{ ...base, status: 'paused', nextDueAt: null }];
    if (source.status === 'failing' && source.nextDueAt !== null && Date.parse(source.nextDueAt) > nowMs) {
      return [{ ...base, status: 'backing-off', nextDueAt: source.nextDueAt }];
    }
    return [];
  });
}

/**
 * Refreshes each due source (see {@link waitingSources} for the rest) and returns their outcomes in
 * order. Every reason a source stores is made storable first (see {@link storableMessage}): a body
 * quoted with NUL or escape bytes cannot make the store refuse it. Anything one source's refresh throws
 * is stored on that source as a failure, and the run goes on.
 */
export async function refreshAllSources(
  dependencies: RefreshDependencies & { store: RecordStore },
  onProgress: ProgressListener = () => {},
): Promise<RefreshOutcome[]> {
  const all = await dependencies.store.listSources();
  const waiting = new Set(waitingSources(all, dependencies.now()).map((source) => source.sourceId));
  const sources = all.filter((source) => !waiting.has(source.id));
  const outcomes: RefreshOutcome[] = [];
  // Sources run one after another: the fetcher serialises per host anyway, and a small
  // installation's sources often share one host (a forum, an outlet's feeds and pages).
  for (const source of sources) {
    const outcome = await refreshSourceSafely(source, dependencies);
    outcomes.push(outcome);
    onProgress(outcomes.length, sources.length, outcome);
  }
  return outcomes;
}

/**
 * One source refreshed as a run refreshes each (the CLI's `fetch` and the service's fetch job alike):
 * every reason it stores is made storable, and anything the refresh throws is stored on the source as
 * a failure instead of escaping.
 */
export function refreshSourceSafely(
  source: Source,
  dependencies: RefreshDependencies & { store: RecordStore },
): Promise<RefreshOutcome> {
  const guarded = { ...dependencies, store: withStorableFetchState(dependencies.store) };
  return refreshSource(source, guarded).then(cleanOutcome, (error: unknown) =>
    recordUnexpectedFailure(source, error, guarded),
  );
}

/**
 * The store with every source fetch state made storable on the way in: the reason and a feed's title
 * come from remote bodies. Every other call goes to the store unchanged.
 */
function withStorableFetchState(store: RecordStore): RecordStore {
  const updateSourceFetchState = (id: string, state: SourceFetchState): Promise<void> =>
    store.updateSourceFetchState(id, {
      ...state,
      lastError: state.lastError === null ? null : storableMessage(state.lastError),
      ...(typeof state.title === 'string' ? { title: stripControlCharacters(state.title) } : {}),
    });
  return new Proxy(store, {
    get(target, property) {
      if (property === 'updateSourceFetchState') return updateSourceFetchState;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The outcome with its reason as stored. */
function cleanOutcome(outcome: RefreshOutcome): RefreshOutcome {
  return 'error' in outcome ? { ...outcome, error: storableMessage(outcome.error) } : outcome;
}

/**
 * A refresh that threw instead of returning its failure (a store error, a bug in a parser): the source
 * is marked failing with the reason and backs off like any failure. When even that cannot be stored,
 * the outcome says so and the run still goes on.
 */
async function recordUnexpectedFailure(
  source: Source,
  error: unknown,
  dependencies: RefreshDependencies,
): Promise<RefreshOutcome> {
  const failures = source.consecutiveFailures + 1;
  const now = dependencies.now();
  const nextDueAt = nextDueAfterFailure(failures, null, now).toISOString();
  let reason = storableMessage(`refresh failed: ${describeFailure(error)}`);
  try {
    await dependencies.store.updateSourceFetchState(source.id, {
      status: 'failing',
      lastError: reason,
      consecutiveFailures: failures,
      lastFetchedAt: now.toISOString(),
      nextDueAt,
    });
  } catch (storeError) {
    reason = storableMessage(`${reason}; the failure could not be stored either: ${describeFailure(storeError)}`);
  }
  return { sourceId: source.id, url: source.url, status: 'failing', error: reason, nextDueAt };
}
