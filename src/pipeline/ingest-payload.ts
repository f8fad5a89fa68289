/**
 * @module pipeline/ingest-payload
 * One payload in: stored raw first (so any later step can replay it), then parsed, then stored as records.
 */
import { recordIdFor, type ParseInput, type RecordKind, type SourceRecord } from '../model/index.js';
import { parsePayload } from '../parse/parse-payload.js';
import type { RecordStore } from '../store/record-store.js';
import { storeChangedRecords } from './store-changed-records.js';
import { referencedExternalIds, toSourceRecords } from '../parse/to-source-records.js';

export interface IngestOrigin {
  sourceId: string | null;
  kind: RecordKind | null;
  /** See Source.venue. */
  venue?: string | null;
  receivedAt: string;
}

export interface IngestResult {
  rawHash: string;
  format: string;
  title: string | null;
  records: SourceRecord[];
  inserted: number;
  updated: number;
  /** Records whose title or text changed; the old words are in their change log. */
  edited: number;
  /** Stored records the payload showed as deleted, now marked so (their words kept). */
  deleted: number;
  /** Records identical to the stored copy, not written again. */
  unchanged: number;
  warnings: string[];
}

/**
 * Steps: (1) store the raw bytes under their SHA-256; (2) parse (throws ParseError, after the raw
 * payload is safely stored); (3) resolve thread references against stored records; (4) store the new
 * and changed records, logging edits and marking tombstones (see store-changed-records.ts); (5) save
 * the records' aliases, so later payloads that name them so find them.
 */
export async function ingestPayload(
  store: RecordStore,
  input: ParseInput,
  origin: IngestOrigin,
): Promise<IngestResult> {
  const rawHash = await store.putRawPayload({ ...input, receivedAt: origin.receivedAt });
  const parsed = parsePayload(input);
  const knownIds = await store.recordIdsByReferences(referencedExternalIds(parsed.records));
  const records = toSourceRecords(parsed.records, { ...origin, fetchedAt: origin.receivedAt, rawHash }, knownIds);
  const changes = await storeChangedRecords(store, records, parsed.deleted ?? [], { at: origin.receivedAt, rawHash });
  await store.saveRecordAliases(
    parsed.records.flatMap((record) =>
      (record.aliases ?? []).map((alias) => ({ alias, recordId: recordIdFor(record.platform, record.externalId) })),
    ),
  );
  return { rawHash, format: parsed.format, title: parsed.title, records, ...changes, warnings: parsed.warnings };
}
