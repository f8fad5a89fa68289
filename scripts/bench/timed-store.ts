/**
 * A RecordStore that notes how long each of its methods took, so the scale bench can split a pipeline
 * step that calls the store (storeChangedRecords) into its store work and its own computing.
 */
import type { RecordStore, StoredEnrichment } from '../../src/store/record-store.js';

/** Seconds spent in each store method so far, and how many enrichments were written. */
export interface StoreTimes {
  seconds: Map<string, number>;
  enrichmentsWritten: number;
}

/** `store`, every method timed into the returned `times` (a method's promise is timed until it settles). */
export function timedStore(store: RecordStore): { store: RecordStore; times: StoreTimes } {
  const times: StoreTimes = { seconds: new Map(), enrichmentsWritten: 0 };
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...parameters: unknown[]) => {
        if (property === 'putEnrichments') times.enrichmentsWritten += (parameters[0] as StoredEnrichment[]).length;
        const started = performance.now();
        try {
          return await (value as (...args: unknown[]) => unknown).apply(target, parameters);
        } finally {
          times.seconds.set(property, (times.seconds.get(property) ?? 0) + (performance.now() - started) / 1000);
        }
      };
    },
  });
  return { store: wrapped, times };
}

/** Seconds in the named methods, or in all others when `except` is set. */
export function secondsIn(times: StoreTimes, methods: readonly string[], except = false): number {
  let sum = 0;
  for (const [method, seconds] of times.seconds) if (methods.includes(method) !== except) sum += seconds;
  return sum;
}
