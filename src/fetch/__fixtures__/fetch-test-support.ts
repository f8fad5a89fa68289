/**
 * What the fetcher's tests share: closing each test's servers and fetchers after it, and checking that
 * a fetch rejects with a FetchError.
 */
import { afterEach, expect } from 'vitest';
import { FetchError } from '../fetch-error.js';

interface Closable {
  close(): Promise<void>;
}

/**
 * After each test, closes what the getters return (the test file's `server` and `fetcher` variables),
 * each object once: a test that made no new server leaves the last one, already closed, alone.
 */
export function closeAfterEach(...getters: Array<() => Closable | undefined>): void {
  const closed = new WeakSet<Closable>();
  afterEach(async () => {
    for (const get of getters) {
      const target = get();
      if (!target || closed.has(target)) continue;
      closed.add(target);
      await target.close();
    }
  });
}

/** The FetchError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function fetchFailure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}
