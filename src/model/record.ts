/**
 * @module model/record
 * The source record: one article, post or comment, as stored and as every later stage sees it.
 */
import type { Platform } from './platform.js';
import type { RecordKind } from './record-kind.js';

/** Engagement as the platform reports it; a field the platform does not give is absent. */
export interface Engagement {
  score?: number;
  likes?: number;
  reposts?: number;
  replies?: number;
}

/**
 * What a parser produces from one payload, before the pipeline gives it an id, a source and a kind.
 * Times are ISO 8601 strings in UTC; `text` is cleaned plain text, paragraphs separated by a blank line.
 */
export interface ParsedRecord {
  /** The platform's own id (Reddit `t1_abc`, HN item id, feed guid, post URI); else the canonical URL. */
  externalId: string;
  platform: Platform;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  text: string;
  /** The externalId of the thread's root record (a comment's submission); null for a root. */
  threadExternalId: string | null;
  /** The externalId of the record this one replies to; null for a root. */
  parentExternalId: string | null;
  engagement: Engagement;
  /** BCP 47 language tag when the payload states one. */
  language: string | null;
  /** The named community or outlet: "r/hardware", "Hacker News", "mastodon.social", "The Daily Circuit". */
  venue: string | null;
  /**
   * Other names by which later payloads refer to this record, kept beside it in the store (a Mastodon
   * status's `/api/v1/statuses/<id>` address on the instance that served it). Absent: none.
   */
  aliases?: string[];
}

/** A stored record. `threadId` and `parentId` are record ids, so comment trees survive storage. */
export interface SourceRecord {
  id: string;
  platform: Platform;
  kind: RecordKind;
  /** The source that fetched it; null for records ingested from local files. */
  sourceId: string | null;
  externalId: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  text: string;
  threadId: string | null;
  parentId: string | null;
  engagement: Engagement;
  language: string | null;
  venue: string | null;
  /** SHA-256 (hex) of the raw payload this record was parsed from. */
  rawHash: string;
  /**
   * When a refresh first saw the platform's tombstone for it ("[deleted]", "[removed]", a not-found
   * post); its last text is kept. Null or absent: not known to be deleted.
   */
  deletedAt?: string | null;
}
