/**
 * @module store/record-store
 * The RecordStore port: everything the pipeline and the web layer persist or read.
 * Implementations: `pglite/` (embedded, default) and `postgres/` (a server via DATABASE_URL),
 * both on the same SQL migrations and held to `record-store.contract.ts`.
 */
import type {
  Edition,
  Platform,
  RawPayload,
  Source,
  SourceFetchState,
  SourceSchedule,
  SourceRecord,
  Story,
  StoryEvent,
  RecordKind,
  RecordRevision,
  RecordEnrichment,
} from '../model/index.js';
import type { StoredStory, StoryStateChange, TermDocuments } from './story-state.js';

export interface NewSource {
  url: string;
  kind: RecordKind;
  platform: Platform | null;
  title?: string | null;
  /** See Source.venue. */
  venue?: string | null;
  tags?: string[];
}

export interface RecordFilter {
  platform?: Platform;
  ids?: string[];
  sourceId?: string;
  /** Newest first by publishedAt (then fetchedAt); default no limit. */
  limit?: number;
}

/** Another name for a stored record (see ParsedRecord.aliases). */
export interface RecordAlias {
  alias: string;
  recordId: string;
}

/** A record's enrichment, as stored beside it. */
export interface StoredEnrichment {
  recordId: string;
  enrichment: RecordEnrichment;
}

/** What a removal took: records, and raw payloads that no remaining record needed. */
export interface RemovedRecords {
  records: number;
  payloads: number;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
}

export interface RecordStore {
  /** Applies every pending migration; idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Stores bytes under their SHA-256 (returned); storing the same bytes again is a no-op. */
  putRawPayload(payload: Omit<RawPayload, 'hash'>): Promise<string>;
  rawPayloadByHash(hash: string): Promise<RawPayload | null>;

  /** Inserts or replaces records by id. A stored record's `deletedAt` is kept whatever the new copy says. */
  upsertRecords(records: SourceRecord[]): Promise<UpsertResult>;
  /** Appends entries to records' change logs (the words each had before an edit). */
  saveRecordRevisions(revisions: RecordRevision[]): Promise<void>;
  /** A record's change log, oldest first; empty when it never changed or is unknown. */
  recordRevisions(recordId: string): Promise<RecordRevision[]>;
  /**
   * Marks stored records deleted at `at`, keeping their text, and logs a `deleted` revision for each.
   * Ids unknown or already deleted are left alone. Returns how many were newly marked.
   */
  markRecordsDeleted(ids: string[], at: string, rawHash: string | null): Promise<number>;
  /** Stored records per source id (records from files, with no source, are not counted). */
  countRecordsBySource(): Promise<Map<string, number>>;
  recordById(id: string): Promise<SourceRecord | null>;
  listRecords(filter?: RecordFilter): Promise<SourceRecord[]>;
  countRecordsByPlatform(): Promise<Partial<Record<Platform, number>>>;
  /**
   * Maps each reference (an external id, canonical URL, URL or saved alias) to the id of a stored record
   * that has it, so a comment section fetched separately can point at its article. References with no
   * match are absent; an external id, canonical URL or URL wins over an alias.
   */
  recordIdsByReferences(references: string[]): Promise<Map<string, string>>;
  /** Saves other names for records (see ParsedRecord.aliases); an alias saved again points at the newer record. */
  saveRecordAliases(aliases: RecordAlias[]): Promise<void>;
  /**
   * Stores records' enrichments, replacing any stored for the same record (the last in the batch wins).
   * Every record must be stored already; an unknown record id rejects the whole batch.
   */
  putEnrichments(enrichments: StoredEnrichment[]): Promise<void>;
  /** The stored enrichment of each record id that has one, whatever its version; ids without are absent. */
  enrichmentsOf(recordIds: string[]): Promise<Map<string, RecordEnrichment>>;

  /**
   * Removes records with their change logs, aliases, enrichments and story memberships, then the raw
   * payloads of those records that no remaining record needs. Unknown ids are ignored.
   */
  removeRecords(ids: string[]): Promise<RemovedRecords>;
  /** Removes every record of a source, as {@link removeRecords} does. The source itself stays. */
  removeRecordsOfSource(sourceId: string): Promise<RemovedRecords>;
  /**
   * Removes, as {@link removeRecords} does, every record whose time (published, else fetched) is
   * before `before` (ISO) and that no saved story version cites: retention.
   */
  removeRecordsBefore(before: string): Promise<RemovedRecords>;

  /** Adds a source; a URL already present returns the existing source unchanged. */
  addSource(source: NewSource): Promise<Source>;
  sourceById(id: string): Promise<Source | null>;
  sourceUrlExists(url: string): Promise<boolean>;
  listSources(): Promise<Source[]>;
  /** Removes the source; its records stay. Returns false when no such source. */
  removeSource(id: string): Promise<boolean>;
  updateSourceFetchState(id: string, state: SourceFetchState): Promise<void>;
  /** Changes a source's schedule (its owner's interval, the interval in force, its next due time); false when no such source. */
  updateSourceSchedule(id: string, schedule: SourceSchedule): Promise<boolean>;

  /**
   * Stored stories filed under any of `terms` whose first unit started at or after `since` (ISO): for
   * each term the `perTerm` most recent, as the streaming index keeps them.
   */
  storyStatesFiledUnder(terms: string[], since: string, perTerm: number): Promise<StoredStory[]>;
  /** Stored stories by id; unknown ids are absent. */
  storyStatesById(ids: string[]): Promise<StoredStory[]>;
  /** The stored story each record is in; records in none are absent. */
  storiesOfRecords(recordIds: string[]): Promise<Map<string, string>>;
  /** Each stored story's record ids (in no order); unknown stories are absent. */
  recordIdsOfStories(storyIds: string[]): Promise<Map<string, string[]>>;
  /**
   * Counts `documents` (each a record's distinct terms) into the stream's document frequencies and
   * returns the totals for the terms they hold.
   */
  countTermDocuments(documents: string[][]): Promise<TermDocuments>;
  /** Saves stories' new states, files them under their new terms and records who joined, atomically. */
  saveStoryStates(changes: StoryStateChange[]): Promise<void>;
  /** Forgets every stored story, membership and document frequency (a full rebuild re-seeds them). */
  clearStoryStates(): Promise<void>;

  /**
   * Saves an edition as a snapshot: the `written` stories as new versions, and every other story the
   * edition lists as the version the previous edition published, referenced rather than copied; the
   * log entries with it, atomically. A listed story neither written nor in the previous edition is an error.
   */
  publishEdition(edition: Edition, written: Story[], events?: StoryEvent[]): Promise<void>;
  /** Saves an edition, its stories and their log entries atomically. */
  saveEdition(edition: Edition, stories: Story[], events?: StoryEvent[]): Promise<void>;
  /** A story's log, oldest first; empty for an unknown story. */
  storyEvents(storyId: string): Promise<StoryEvent[]>;
  latestEdition(): Promise<Edition | null>;
  editionById(id: string): Promise<Edition | null>;
  storiesOfEdition(editionId: string): Promise<Story[]>;
  /** The story as published in the newest edition that holds it; null when none does. */
  storyById(id: string): Promise<Story | null>;
  /** The newest-edition stories that cite a record. */
  storiesCitingRecord(recordId: string): Promise<Story[]>;
}
