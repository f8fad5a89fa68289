/**
 * @module cluster/link-thread-references
 * Repairs thread and parent links that were stored before the record they point at arrived
 * (a comment section fetched before its article), by matching external ids and URLs in memory.
 */
import { recordIdFor, type Platform, type SourceRecord } from '../model/index.js';

/**
 * Returns the records with dangling threadId/parentId re-pointed at a record of the set whose
 * external id, canonical URL or URL was the reference. An unresolved id made at ingest is
 * `recordIdFor(platform, reference)`, so the map from such ids to targets is rebuilt per platform.
 */
export function linkThreadReferences(records: SourceRecord[]): SourceRecord[] {
  const ids = new Set(records.map((record) => record.id));
  const targetByReference = new Map<string, string>();
  for (const record of records) {
    for (const reference of [record.externalId, record.canonicalUrl, record.url]) {
      if (reference && !targetByReference.has(reference)) targetByReference.set(reference, record.id);
    }
  }
  const danglingMaps = new Map<Platform, Map<string, string>>();
  const targetOfDangling = (id: string, platform: Platform): string | undefined => {
    let map = danglingMaps.get(platform);
    if (!map) {
      map = new Map();
      for (const [reference, target] of targetByReference) map.set(recordIdFor(platform, reference), target);
      danglingMaps.set(platform, map);
    }
    return map.get(id);
  };
  const relink = (id: string | null, platform: Platform): string | null =>
    id === null || ids.has(id) ? id : (targetOfDangling(id, platform) ?? id);

  return records.map((record) => {
    const threadId = relink(record.threadId, record.platform);
    const parentId = relink(record.parentId, record.platform);
    return threadId === record.threadId && parentId === record.parentId ? record : { ...record, threadId, parentId };
  });
}
