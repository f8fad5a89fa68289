/**
 * @module pipeline/remove-source
 * `sources remove` as one call: the source, and with `purge` its records too.
 */
import type { RecordStore, RemovedRecords } from '../store/record-store.js';

/** What a removal did: null when no such source; `records` only when purged. */
export type SourceRemoval = { records: RemovedRecords | null } | null;

/**
 * Steps: (1) stop with null when no source has `id`; (2) with `purge`, remove its records (and
 * their raw payloads once no other record needs them); (3) remove the source.
 */
export async function removeSource(
  store: RecordStore,
  id: string,
  options: { purge: boolean },
): Promise<SourceRemoval> {
  if (!(await store.sourceById(id))) return null;
  const records = options.purge ? await store.removeRecordsOfSource(id) : null;
  await store.removeSource(id);
  return { records };
}
