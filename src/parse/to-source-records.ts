/**
 * @module parse/to-source-records
 * Gives parsed records their ids, kind, source and payload hash, and turns thread and parent
 * external ids into record ids so comment trees survive storage.
 */
import { defaultKindOf, recordIdFor, type ParsedRecord, type RecordKind, type SourceRecord } from '../model/index.js';

export interface RecordOrigin {
  sourceId: string | null;
  /** The source's kind; when null each record takes its platform's default. */
  kind: RecordKind | null;
  /** The source's venue, which replaces each parser's venue when set; null or absent keeps the parser's. */
  venue?: string | null;
  fetchedAt: string;
  rawHash: string;
}

/**
 * Converts one payload's parsed records. `knownIds` maps external ids, canonical URLs and URLs of
 * records stored earlier to their ids, so a comment section can point at an article from another payload.
 */
export function toSourceRecords(
  parsed: ParsedRecord[],
  origin: RecordOrigin,
  knownIds: ReadonlyMap<string, string> = new Map(),
): SourceRecord[] {
  const batchIds = new Map<string, string>();
  for (const record of parsed) {
    const id = recordIdFor(record.platform, record.externalId);
    batchIds.set(record.externalId, id);
  }
  // URLs second, never over an id or an earlier URL, and never a URL a record names as its own thread
  // or parent: a comment cannot stand in for the article it hangs from.
  for (const record of parsed) {
    const id = recordIdFor(record.platform, record.externalId);
    for (const url of [record.canonicalUrl, record.url]) {
      if (url && !batchIds.has(url) && url !== record.threadExternalId && url !== record.parentExternalId)
        batchIds.set(url, id);
    }
  }
  const resolve = (externalId: string | null, platform: ParsedRecord['platform']): string | null => {
    if (externalId === null) return null;
    return batchIds.get(externalId) ?? knownIds.get(externalId) ?? recordIdFor(platform, externalId);
  };
  return parsed.map((record) =>
    withoutControlCharacters({
      id: batchIds.get(record.externalId)!,
      platform: record.platform,
      kind: origin.kind ?? defaultKindOf(record.platform),
      sourceId: origin.sourceId,
      externalId: record.externalId,
      url: record.url,
      canonicalUrl: record.canonicalUrl,
      title: record.title,
      author: record.author,
      publishedAt: record.publishedAt,
      fetchedAt: origin.fetchedAt,
      text: record.text,
      threadId: resolve(record.threadExternalId, record.platform),
      parentId: resolve(record.parentExternalId, record.platform),
      engagement: record.engagement,
      language: record.language,
      venue: origin.venue ?? record.venue,
      rawHash: origin.rawHash,
    }),
  );
}

/**
 * C0 control characters other than tab and line breaks (NUL above all: PostgreSQL refuses it in text
 * and JSON) carry nothing a reader sees; they are removed from every text field before storage.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function withoutControlCharacters(record: SourceRecord): SourceRecord {
  const clean = (value: string | null) => (value === null ? null : value.replace(CONTROL_CHARACTERS, ''));
  return {
    ...record,
    text: clean(record.text)!,
    title: clean(record.title),
    author: clean(record.author),
    venue: clean(record.venue),
    externalId: clean(record.externalId)!,
  };
}

/** The external ids of thread roots and parents a batch points at, to look up among stored records. */
export function referencedExternalIds(parsed: ParsedRecord[]): string[] {
  const own = new Set(parsed.flatMap((record) => [record.externalId, record.canonicalUrl, record.url]));
  const wanted = new Set<string>();
  for (const record of parsed) {
    for (const reference of [record.threadExternalId, record.parentExternalId]) {
      if (reference !== null && !own.has(reference)) wanted.add(reference);
    }
  }
  return [...wanted];
}
