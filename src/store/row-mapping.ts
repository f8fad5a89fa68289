/**
 * @module store/row-mapping
 * Database rows to domain objects. Timestamps come back from both drivers as Date and leave as ISO
 * 8601 UTC strings; bytea comes back as Uint8Array (PGlite) or Buffer (node-postgres).
 */
import type {
  Edition,
  Engagement,
  Platform,
  RawPayload,
  RecordChange,
  RecordKind,
  RecordRevision,
  Source,
  SourceRecord,
  SourceStatus,
  Story,
} from '../model/index.js';
import type { SqlRow } from './sql-client.js';

/** An ISO string from a timestamptz value, or null. */
export function isoOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

function iso(value: unknown): string {
  return isoOrNull(value) ?? new Date(0).toISOString();
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A jsonb column: both drivers parse it, but a string is accepted for safety. */
export function jsonOf<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function toRawPayload(row: SqlRow): RawPayload {
  const bytes = row.bytes as Uint8Array;
  return {
    hash: String(row.hash),
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice(),
    contentType: textOrNull(row.content_type),
    url: textOrNull(row.url),
    receivedAt: iso(row.received_at),
  };
}

export function toSource(row: SqlRow): Source {
  return {
    id: String(row.id),
    url: String(row.url),
    kind: row.kind as RecordKind,
    platform: (row.platform ?? null) as Platform | null,
    title: textOrNull(row.title),
    venue: textOrNull(row.venue),
    tags: jsonOf<string[]>(row.tags) ?? [],
    status: row.status as SourceStatus,
    lastError: textOrNull(row.last_error),
    consecutiveFailures: Number(row.consecutive_failures ?? 0),
    lastFetchedAt: isoOrNull(row.last_fetched_at),
    etag: textOrNull(row.etag),
    lastModified: textOrNull(row.last_modified),
    nextDueAt: isoOrNull(row.next_due_at),
    everySeconds: row.every_seconds === null || row.every_seconds === undefined ? null : Number(row.every_seconds),
    intervalSeconds:
      row.interval_seconds === null || row.interval_seconds === undefined ? null : Number(row.interval_seconds),
    createdAt: iso(row.created_at),
  };
}

export function toRecord(row: SqlRow): SourceRecord {
  return {
    id: String(row.id),
    platform: row.platform as Platform,
    kind: row.kind as RecordKind,
    sourceId: textOrNull(row.source_id),
    externalId: String(row.external_id),
    url: textOrNull(row.url),
    canonicalUrl: textOrNull(row.canonical_url),
    title: textOrNull(row.title),
    author: textOrNull(row.author),
    publishedAt: isoOrNull(row.published_at),
    fetchedAt: iso(row.fetched_at),
    text: String(row.text),
    threadId: textOrNull(row.thread_id),
    parentId: textOrNull(row.parent_id),
    engagement: jsonOf<Engagement>(row.engagement) ?? {},
    language: textOrNull(row.language),
    venue: textOrNull(row.venue),
    rawHash: String(row.raw_hash),
    // Present only when set, so records never touched by a deletion read back exactly as written.
    ...(row.deleted_at ? { deletedAt: isoOrNull(row.deleted_at) } : {}),
  };
}

export function toRecordRevision(row: SqlRow): RecordRevision {
  return {
    recordId: String(row.record_id),
    change: row.change as RecordChange,
    at: iso(row.at),
    previousTitle: textOrNull(row.previous_title),
    previousText: String(row.previous_text),
    rawHash: textOrNull(row.raw_hash),
  };
}

/** A record as the JSON object `jsonb_to_recordset` reads in `upsertRecords`. */
export function recordToRow(record: SourceRecord): Record<string, unknown> {
  return {
    id: record.id,
    platform: record.platform,
    kind: record.kind,
    source_id: record.sourceId,
    external_id: record.externalId,
    url: record.url,
    canonical_url: record.canonicalUrl,
    title: record.title,
    author: record.author,
    published_at: record.publishedAt,
    fetched_at: record.fetchedAt,
    text: record.text,
    thread_id: record.threadId,
    parent_id: record.parentId,
    engagement: record.engagement ?? {},
    language: record.language,
    venue: record.venue,
    raw_hash: record.rawHash,
  };
}

export function toEdition(row: SqlRow): Edition {
  return jsonOf<Edition>(row.document);
}

export function toStory(row: SqlRow): Story {
  const story = jsonOf<Story>(row.document);
  // Stories saved before claims and record weights existed read as having none.
  return { ...story, claims: story.claims ?? [], recordWeights: story.recordWeights ?? [] };
}
