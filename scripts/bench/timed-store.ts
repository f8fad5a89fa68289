/**
 * A RecordStore that notes how long each of its methods took, so the scale bench can split a pipeline
 * step that calls the store (storeChangedRecords) into its store work and its own computing.
 */
import type { RecordStore, StoredEnrichment } from '../../src/store/record-store.js';

/** Wall and CPU seconds spent in each store method so far, and how many enrichments were written. */
export interface StoreTimes {
  seconds: Map<string, number>;
  /** Process CPU seconds (user + system) while each method ran; calls are awaited one at a time, so it is theirs. */
  cpuSeconds: Map<string, number>;
  enrichmentsWritten: number;
}

/** `store`, every method timed into the returned `times` (a method's promise is timed until it settles). */
export function timedStore(store: RecordStore): { store: RecordStore; times: StoreTimes } {
  const times: StoreTimes = { seconds: new Map(), cpuSeconds: new Map(), enrichmentsWritten: 0 };
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...parameters: unknown[]) => {
        if (property === 'putEnrichments') times.enrichmentsWritten += (parameters[0] as StoredEnrichment[]).length;
        const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
        try {
          return await (value as (...args: unknown[]) => unknown).apply(target, parameters);
        } finally {
          const cpu = process.cpuUsage(cpuStarted);
          add(times.seconds, property, (performance.now() - started) / 1000);
          add(times.cpuSeconds, property, (cpu.user + cpu.system) / 1e6);
        }
      };
    },
  });
  return { store: wrapped, times };
}

function add(totals: Map<string, number>, method: string, seconds: number): void {
  totals.set(method, (totals.get(method) ?? 0) + seconds);
}

/** Seconds (`totals`: times.seconds or times.cpuSeconds) in the named methods, or in all others when `except` is set. */
export function secondsIn(totals: ReadonlyMap<string, number>, methods: readonly string[], except = false): number {
  let sum = 0;
  for (const [method, seconds] of totals) if (methods.includes(method) !== except) sum += seconds;
  return sum;
}
