/**
 * @module store/sql-record-store
 * The RecordStore on SQL: one implementation for PGlite and PostgreSQL, which share the migrations
 * and every statement here.
 */
import { createHash, randomUUID } from 'node:crypto';
import type {
  Edition,
  Platform,
  RawPayload,
  RecordEnrichment,
  RecordRevision,
  Source,
  SourceFetchState,
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
import { recordIdsByReferences, saveRecordAliases } from './record-reference-queries.js';
import { runMigrations } from './run-migrations.js';
import * as editions from './edition-queries.js';
import * as removal from './record-removal-queries.js';
import * as storyState from './story-state-queries.js';
import type { StoredStory, StoryStateChange, TermDocuments } from './story-state.js';
import type { SqlClient } from './sql-client.js';
import { recordToRow, toRawPayload, toRecord, toRecordRevision, toSource } from './row-mapping.js';

/** Records per upsert statement: large enough to amortise round trips, small enough for one JSON parameter. */
export const UPSERT_BATCH_SIZE = 500;

const RECORD_COLUMNS =
  'id text, platform text, kind text, source_id text, external_id text, url text, canonical_url text, title text, author text, ' +
  'published_at timestamptz, fetched_at timestamptz, text text, thread_id text, parent_id text, engagement jsonb, ' +
  'language text, venue text, raw_hash text';
const RECORD_NAMES = RECORD_COLUMNS.split(', ').map((column) => column.split(' ')[0]!);
const NEWEST_FIRST = 'ORDER BY published_at DESC NULLS LAST, fetched_at DESC, id';

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

  async upsertRecords(records: SourceRecord[]): Promise<UpsertResult> {
    // The last copy of an id wins, as it would with one upsert per record; one statement cannot touch a row twice.
    const unique = [...new Map(records.map((record) => [record.id, record])).values()];
    const result: UpsertResult = { inserted: 0, updated: 0 };
    const updates = RECORD_NAMES.filter((name) => name !== 'id')
      .map((name) => `${name} = excluded.${name}`)
      .join(', ');
    await this.client.transaction(async (tx) => {
      for (let start = 0; start < unique.length; start += UPSERT_BATCH_SIZE) {
        const batch = unique.slice(start, start + UPSERT_BATCH_SIZE).map(recordToRow);
        const rows = await tx.query<{ inserted: boolean }>(
          `INSERT INTO records (${RECORD_NAMES.join(', ')}) SELECT ${RECORD_NAMES.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD_COLUMNS}) ` +
            `ON CONFLICT (id) DO UPDATE SET ${updates} RETURNING (xmax = 0) AS inserted`,
          [JSON.stringify(batch)],
        );
        for (const row of rows) {
          if (row.inserted) result.inserted += 1;
          else result.updated += 1;
        }
      }
    });
    return result;
  }
  async saveRecordRevisions(revisions: RecordRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    await this.client.query(
      'INSERT INTO record_revisions (record_id, change, at, previous_title, previous_text, raw_hash) ' +
        'SELECT record_id, change, at, previous_title, previous_text, raw_hash FROM jsonb_to_recordset($1::jsonb) ' +
        'AS x(record_id text, change text, at timestamptz, previous_title text, previous_text text, raw_hash text)',
      [
        JSON.stringify(
          revisions.map((revision) => ({
            record_id: revision.recordId,
            change: revision.change,
            at: revision.at,
            previous_title: revision.previousTitle,
            previous_text: revision.previousText,
            raw_hash: revision.rawHash,
          })),
        ),
      ],
    );
  }
  async recordRevisions(recordId: string): Promise<RecordRevision[]> {
    return (
      await this.client.query('SELECT * FROM record_revisions WHERE record_id = $1 ORDER BY seq', [recordId])
    ).map(toRecordRevision);
  }
  async markRecordsDeleted(ids: string[], at: string, rawHash: string | null): Promise<number> {
    if (ids.length === 0) return 0;
    return this.client.transaction(async (tx) => {
      const marked = await tx.query<{ id: string; title: string | null; text: string }>(
        'UPDATE records SET deleted_at = $2 WHERE id = ANY($1::text[]) AND deleted_at IS NULL RETURNING id, title, text',
        [ids, at],
      );
      for (const row of marked) {
        await tx.query(
          "INSERT INTO record_revisions (record_id, change, at, previous_title, previous_text, raw_hash) VALUES ($1, 'deleted', $2, $3, $4, $5)",
          [row.id, at, row.title, row.text, rawHash],
        );
      }
      return marked.length;
    });
  }
  async countRecordsBySource(): Promise<Map<string, number>> {
    const rows = await this.client.query<{ source_id: string; count: number | string }>(
      'SELECT source_id, count(*) AS count FROM records WHERE source_id IS NOT NULL GROUP BY source_id',
    );
    return new Map(rows.map((row) => [row.source_id, Number(row.count)]));
  }
  async recordById(id: string): Promise<SourceRecord | null> {
    const [row] = await this.client.query('SELECT * FROM records WHERE id = $1', [id]);
    return row ? toRecord(row) : null;
  }
  async listRecords(filter: RecordFilter = {}): Promise<SourceRecord[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (condition: string, value: unknown): void => {
      parameters.push(value);
      conditions.push(condition.replace('?', `$${parameters.length}`));
    };
    if (filter.ids) add('id = ANY(?::text[])', filter.ids);
    if (filter.platform) add('platform = ?', filter.platform);
    if (filter.sourceId) add('source_id = ?', filter.sourceId);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    let limit = '';
    if (filter.limit !== undefined) {
      parameters.push(filter.limit);
      limit = `LIMIT $${parameters.length}`;
    }
    const rows = await this.client.query(`SELECT * FROM records ${where} ${NEWEST_FIRST} ${limit}`, parameters);
    return rows.map(toRecord);
  }
  async countRecordsByPlatform(): Promise<Partial<Record<Platform, number>>> {
    const rows = await this.client.query<{ platform: Platform; count: number | string }>(
      'SELECT platform, count(*) AS count FROM records GROUP BY platform',
    );
    return Object.fromEntries(rows.map((row) => [row.platform, Number(row.count)]));
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

  async addSource(source: NewSource): Promise<Source> {
    const [created] = await this.client.query(
      'INSERT INTO sources (id, url, kind, platform, title, venue, tags, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) ON CONFLICT (url) DO NOTHING RETURNING *',
      [
        randomUUID(),
        source.url,
        source.kind,
        source.platform,
        source.title ?? null,
        source.venue ?? null,
        JSON.stringify(source.tags ?? []),
        'new',
        this.now().toISOString(),
      ],
    );
    if (created) return toSource(created);
    const [existing] = await this.client.query('SELECT * FROM sources WHERE url = $1', [source.url]);
    return toSource(existing!);
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
  async updateSourceFetchState(id: string, state: SourceFetchState): Promise<void> {
    // Absent optional fields keep their stored value; null clears it.
    await this.client.query(
      `UPDATE sources SET status = $2, last_error = $3, last_fetched_at = $4,
         etag = CASE WHEN $5::boolean THEN $6 ELSE etag END,
         last_modified = CASE WHEN $7::boolean THEN $8 ELSE last_modified END,
         title = CASE WHEN $9::boolean THEN $10 ELSE title END,
         consecutive_failures = CASE WHEN $11::boolean THEN $12 ELSE consecutive_failures END,
         next_due_at = CASE WHEN $13::boolean THEN $14::timestamptz ELSE next_due_at END
       WHERE id = $1`,
      [
        id,
        state.status,
        state.lastError,
        state.lastFetchedAt,
        state.etag !== undefined,
        state.etag ?? null,
        state.lastModified !== undefined,
        state.lastModified ?? null,
        state.title !== undefined,
        state.title ?? null,
        state.consecutiveFailures !== undefined,
        state.consecutiveFailures ?? 0,
        state.nextDueAt !== undefined,
        state.nextDueAt ?? null,
      ],
    );
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
