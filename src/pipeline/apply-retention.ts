/**
 * @module pipeline/apply-retention
 * Retention as one call (the service's maintenance job): records older than the retention period
 * that no published story version cites are removed, with their raw payloads once no record needs them.
 */
import type { RecordStore, RemovedRecords } from '../store/record-store.js';

const MS_PER_DAY = 86_400_000;

/** What retention needs: the store and the clock. */
export interface RetentionDependencies {
  store: RecordStore;
  now: () => Date;
}

/**
 * Steps: (1) the cut-off, `days` before now; (2) remove every record whose time (published, else
 * fetched) is before it and that no saved story version cites (RecordStore.removeRecordsBefore).
 * Returns what was removed; nothing past the cut-off is a result of zeros.
 */
export function applyRetention(
  dependencies: RetentionDependencies,
  options: { days: number },
): Promise<RemovedRecords> {
  const before = new Date(dependencies.now().getTime() - options.days * MS_PER_DAY).toISOString();
  return dependencies.store.removeRecordsBefore(before);
}
