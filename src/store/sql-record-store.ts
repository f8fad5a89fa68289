/**
 * @module store/sql-record-store
 * The RecordStore on SQL: one implementation for PGlite and PostgreSQL, which share the migrations
 * and every statement here and in the *-queries files it delegates to.
 */
import { createHash } from 'node:crypto';
import type {
  Edition,
  Platform,
  RawPayload,
  RecordEnrichment,
  RecordRevision,
  Source,
  SourceFetchState,
  SourceSchedule,
  SourceRecord,
  Story,
  StoryEvent,
} from '../model/index.js';
import type {
  NewSource,
  RecordAlias,
  RecordFilter,
  RecordStore,
  RemovedRecords,
  StoredEnrichment,
  UpsertResult,
} from './record-store.js';
import { enrichmentsOf, putEnrichments } from './record-enrichment-queries.js';
import { countRecordsByPlatform, countRecordsBySource, listRecords } from './record-read-queries.js';
import { recordIdsByReferences, saveRecordAliases } from './record-reference-queries.js';
import { markRecordsDeleted, saveRecordRevisions, upsertRecords } from './record-write-queries.js';
import { runMigrations } from './run-migrations.js';
import * as editions from './edition-queries.js';
import * as removal from './record-removal-queries.js';
import * as storyState from './story-state-queries.js';
import type { StoredStory, StoryStateChange, TermDocuments } from './story-state.js';
import type { SqlClient } from './sql-client.js';
import { addSource, updateSourceFetchState, updateSourceSchedule } from './source-queries.js';
import { toRawPayload, toRecord, toRecordRevision, toSource } from './row-mapping.js';

export class SqlRecordStore implements RecordStore {
  constructor(
    private readonly client: SqlClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async migrate(): Promise<void> {
    await runMigrations(this.client);
  }
  close(): Promise<void> {
    return this.client.close();
  }

  async putRawPayload(payload: Omit<RawPayload, 'hash'>): Promise<string> {
    const hash = createHash('sha256').update(payload.bytes).digest('hex');
    await this.client.query(
      'INSERT INTO raw_payloads (hash, bytes, content_type, url, received_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING',
      [hash, payload.bytes, payload.contentType, payload.url, payload.receivedAt],
    );
    return hash;
  }
  async rawPayloadByHash(hash: string): Promise<RawPayload | null> {
    const [row] = await this.client.query('SELECT * FROM raw_payloads WHERE hash = $1', [hash]);
    return row ? toRawPayload(row) : null;
  }

  upsertRecords(records: SourceRecord[]): Promise<UpsertResult> {
    return upsertRecords(this.client, records);
  }
  saveRecordRevisions(revisions: RecordRevision[]): Promise<void> {
    return saveRecordRevisions(this.client, revisions);
  }
  async recordRevisions(recordId: string): Promise<RecordRevision[]> {
    return (
      await this.client.query('SELECT * FROM record_revisions WHERE record_id = $1 ORDER BY seq', [recordId])
    ).map(toRecordRevision);
  }
  markRecordsDeleted(ids: string[], at: string, rawHash: string | null): Promise<number> {
    return markRecordsDeleted(this.client, ids, at, rawHash);
  }
  countRecordsBySource(): Promise<Map<string, number>> {
    return countRecordsBySource(this.client);
  }
  async recordById(id: string): Promise<SourceRecord | null> {
    const [row] = await this.client.query('SELECT * FROM records WHERE id = $1', [id]);
    return row ? toRecord(row) : null;
  }
  listRecords(filter: RecordFilter = {}): Promise<SourceRecord[]> {
    return listRecords(this.client, filter);
  }
  countRecordsByPlatform(): Promise<Partial<Record<Platform, number>>> {
    return countRecordsByPlatform(this.client);
  }
  recordIdsByReferences(references: string[]): Promise<Map<string, string>> {
    return recordIdsByReferences(this.client, references);
  }
  saveRecordAliases(aliases: RecordAlias[]): Promise<void> {
    return saveRecordAliases(this.client, aliases);
  }
  putEnrichments(enrichments: StoredEnrichment[]): Promise<void> {
    return putEnrichments(this.client, enrichments);
  }
  enrichmentsOf(recordIds: string[]): Promise<Map<string, RecordEnrichment>> {
    return enrichmentsOf(this.client, recordIds);
  }

  addSource(source: NewSource): Promise<Source> {
    return addSource(this.client, source, this.now);
  }
  async sourceById(id: string): Promise<Source | null> {
    const [row] = await this.client.query('SELECT * FROM sources WHERE id = $1', [id]);
    return row ? toSource(row) : null;
  }
  async sourceUrlExists(url: string): Promise<boolean> {
    return (await this.client.query('SELECT 1 FROM sources WHERE url = $1', [url])).length > 0;
  }
  async listSources(): Promise<Source[]> {
    return (await this.client.query('SELECT * FROM sources ORDER BY created_at, url')).map(toSource);
  }
  async removeSource(id: string): Promise<boolean> {
    return (await this.client.query('DELETE FROM sources WHERE id = $1 RETURNING id', [id])).length > 0;
  }
  updateSourceFetchState(id: string, state: SourceFetchState): Promise<void> {
    return updateSourceFetchState(this.client, id, state);
  }

  updateSourceSchedule(id: string, schedule: SourceSchedule): Promise<boolean> {
    return updateSourceSchedule(this.client, id, schedule);
  }

  saveEdition(edition: Edition, stories: Story[], events: StoryEvent[] = []): Promise<void> {
    return editions.saveEdition(this.client, edition, stories, events);
  }
  publishEdition(edition: Edition, written: Story[], events: StoryEvent[] = []): Promise<void> {
    return editions.publishEdition(this.client, edition, written, events);
  }
  storyEvents(storyId: string): Promise<StoryEvent[]> {
    return editions.storyEvents(this.client, storyId);
  }
  latestEdition(): Promise<Edition | null> {
    return editions.latestEdition(this.client);
  }
  editionById(id: string): Promise<Edition | null> {
    return editions.editionById(this.client, id);
  }
  storiesOfEdition(editionId: string): Promise<Story[]> {
    return editions.storiesOfEdition(this.client, editionId);
  }
  storyById(id: string): Promise<Story | null> {
    return editions.storyById(this.client, id);
  }
  storiesCitingRecord(recordId: string): Promise<Story[]> {
    return editions.storiesCitingRecord(this.client, recordId);
  }

  removeRecords(ids: string[]): Promise<RemovedRecords> {
    return removal.removeRecords(this.client, ids);
  }
  removeRecordsOfSource(sourceId: string): Promise<RemovedRecords> {
    return removal.removeRecordsOfSource(this.client, sourceId);
  }
  removeRecordsBefore(before: string): Promise<RemovedRecords> {
    return removal.removeRecordsBefore(this.client, before);
  }

  storyStatesFiledUnder(terms: string[], since: string, perTerm: number): Promise<StoredStory[]> {
    return storyState.storyStatesFiledUnder(this.client, terms, since, perTerm);
  }
  storyStatesById(ids: string[]): Promise<StoredStory[]> {
    return storyState.storyStatesById(this.client, ids);
  }
  storiesOfRecords(recordIds: string[]): Promise<Map<string, string>> {
    return storyState.storiesOfRecords(this.client, recordIds);
  }
  recordIdsOfStories(storyIds: string[]): Promise<Map<string, string[]>> {
    return storyState.recordIdsOfStories(this.client, storyIds);
  }
  countTermDocuments(documents: string[][]): Promise<TermDocuments> {
    return storyState.countTermDocuments(this.client, documents);
  }
  saveStoryStates(changes: StoryStateChange[]): Promise<void> {
    return storyState.saveStoryStates(this.client, changes);
  }
  clearStoryStates(): Promise<void> {
    return storyState.clearStoryStates(this.client);
  }
}
