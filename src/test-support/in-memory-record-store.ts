/**
 * @module test-support/in-memory-record-store
 * A recording fake of the RecordStore port held in maps, for tests of the layers that read the store.
 */
import { createHash } from 'node:crypto';
import {
  citedRecordIds,
  type Edition,
  type Platform,
  type RawPayload,
  type RecordEnrichment,
  type RecordRevision,
  type Source,
  type SourceFetchState,
  type SourceSchedule,
  type SourceRecord,
  type Story,
  type StoryEvent,
} from '../model/index.js';
import type {
  NewSource,
  RecordAlias,
  RecordFilter,
  RecordStore,
  RemovedRecords,
  StoredEnrichment,
  UpsertResult,
} from '../store/record-store.js';
import {
  countRecordsByPlatform,
  countRecordsBySource,
  enrichmentsOf,
  listRecords,
  markRecordsDeleted,
  putEnrichments,
  recordIdsByReferences,
  upsertRecords,
} from './in-memory-record-queries.js';
import { addSource, updateSourceFetchState, updateSourceSchedule } from './in-memory-source-queries.js';
import { createInMemoryTables, editionsNewestFirst, type InMemoryTables } from './in-memory-tables.js';
import type { StoredStory, StoryStateChange, TermDocuments } from '../store/story-state.js';
import { InMemoryStoryState } from './in-memory-story-state.js';
import { publishEdition, removeRecordsBefore, removeRecordsWhere } from './in-memory-removal.js';

/** One call made on the fake: the method name and its arguments, in call order. */
export interface RecordedStoreCall {
  method: keyof RecordStore;
  args: unknown[];
}

/**
 * RecordStore in memory. Every call is appended to `calls`; `failWith` makes every later call reject
 * (to test how callers handle a broken store). Values are structured-cloned in and out, as a database would.
 */
export class InMemoryRecordStore implements RecordStore {
  readonly calls: RecordedStoreCall[] = [];
  failWith: Error | null = null;
  private readonly tables: InMemoryTables = createInMemoryTables();
  private readonly storyState = new InMemoryStoryState();

  constructor(private readonly now: () => Date = () => new Date()) {}

  private async record<T>(method: keyof RecordStore, args: unknown[], run: () => T): Promise<T> {
    this.calls.push({ method, args });
    if (this.failWith) throw this.failWith;
    return structuredClone(run());
  }

  migrate(): Promise<void> {
    return this.record('migrate', [], () => undefined);
  }
  close(): Promise<void> {
    return this.record('close', [], () => undefined);
  }

  putRawPayload(payload: Omit<RawPayload, 'hash'>): Promise<string> {
    return this.record('putRawPayload', [payload], () => {
      const hash = createHash('sha256').update(payload.bytes).digest('hex');
      if (!this.tables.payloads.has(hash)) this.tables.payloads.set(hash, { ...structuredClone(payload), hash });
      return hash;
    });
  }
  rawPayloadByHash(hash: string): Promise<RawPayload | null> {
    return this.record('rawPayloadByHash', [hash], () => this.tables.payloads.get(hash) ?? null);
  }

  upsertRecords(records: SourceRecord[]): Promise<UpsertResult> {
    return this.record('upsertRecords', [records], () => upsertRecords(this.tables, records));
  }
  saveRecordRevisions(revisions: RecordRevision[]): Promise<void> {
    return this.record('saveRecordRevisions', [revisions], () => {
      this.tables.revisions.push(...structuredClone(revisions));
    });
  }
  recordRevisions(recordId: string): Promise<RecordRevision[]> {
    return this.record('recordRevisions', [recordId], () =>
      this.tables.revisions.filter((revision) => revision.recordId === recordId),
    );
  }
  markRecordsDeleted(ids: string[], at: string, rawHash: string | null): Promise<number> {
    return this.record('markRecordsDeleted', [ids, at, rawHash], () =>
      markRecordsDeleted(this.tables, ids, at, rawHash),
    );
  }
  countRecordsBySource(): Promise<Map<string, number>> {
    return this.record('countRecordsBySource', [], () => countRecordsBySource(this.tables));
  }
  recordById(id: string): Promise<SourceRecord | null> {
    return this.record('recordById', [id], () => this.tables.records.get(id) ?? null);
  }
  listRecords(filter: RecordFilter = {}): Promise<SourceRecord[]> {
    return this.record('listRecords', [filter], () => listRecords(this.tables, filter));
  }
  countRecordsByPlatform(): Promise<Partial<Record<Platform, number>>> {
    return this.record('countRecordsByPlatform', [], () => countRecordsByPlatform(this.tables));
  }
  recordIdsByReferences(references: string[]): Promise<Map<string, string>> {
    return this.record('recordIdsByReferences', [references], () => recordIdsByReferences(this.tables, references));
  }
  saveRecordAliases(aliases: RecordAlias[]): Promise<void> {
    return this.record('saveRecordAliases', [aliases], () => {
      for (const { alias, recordId } of aliases) this.tables.aliases.set(alias, recordId);
    });
  }
  putEnrichments(enrichments: StoredEnrichment[]): Promise<void> {
    return this.record('putEnrichments', [enrichments], () => putEnrichments(this.tables, enrichments));
  }
  enrichmentsOf(recordIds: string[]): Promise<Map<string, RecordEnrichment>> {
    return this.record('enrichmentsOf', [recordIds], () => enrichmentsOf(this.tables, recordIds));
  }

  addSource(source: NewSource): Promise<Source> {
    return this.record('addSource', [source], () => addSource(this.tables, source, this.now));
  }
  sourceById(id: string): Promise<Source | null> {
    return this.record('sourceById', [id], () => this.tables.sources.get(id) ?? null);
  }
  sourceUrlExists(url: string): Promise<boolean> {
    return this.record('sourceUrlExists', [url], () =>
      [...this.tables.sources.values()].some((source) => source.url === url),
    );
  }
  listSources(): Promise<Source[]> {
    return this.record('listSources', [], () => [...this.tables.sources.values()]);
  }
  removeSource(id: string): Promise<boolean> {
    return this.record('removeSource', [id], () => this.tables.sources.delete(id));
  }
  updateSourceFetchState(id: string, state: SourceFetchState): Promise<void> {
    return this.record('updateSourceFetchState', [id, state], () => updateSourceFetchState(this.tables, id, state));
  }

  updateSourceSchedule(id: string, schedule: SourceSchedule): Promise<boolean> {
    return this.record('updateSourceSchedule', [id, schedule], () => updateSourceSchedule(this.tables, id, schedule));
  }

  saveEdition(edition: Edition, stories: Story[], events: StoryEvent[] = []): Promise<void> {
    return this.record('saveEdition', [edition, stories, events], () => {
      if (this.tables.editions.some((entry) => entry.edition.id === edition.id))
        throw new Error(`edition ${edition.id} already exists`);
      this.tables.events.push(...structuredClone(events));
      this.tables.editions.push(structuredClone({ edition, stories }));
    });
  }
  storyEvents(storyId: string): Promise<StoryEvent[]> {
    return this.record('storyEvents', [storyId], () => this.tables.events.filter((event) => event.storyId === storyId));
  }
  latestEdition(): Promise<Edition | null> {
    return this.record('latestEdition', [], () => editionsNewestFirst(this.tables)[0]?.edition ?? null);
  }
  editionById(id: string): Promise<Edition | null> {
    return this.record(
      'editionById',
      [id],
      () => this.tables.editions.find((entry) => entry.edition.id === id)?.edition ?? null,
    );
  }
  storiesOfEdition(editionId: string): Promise<Story[]> {
    return this.record(
      'storiesOfEdition',
      [editionId],
      () => this.tables.editions.find((entry) => entry.edition.id === editionId)?.stories ?? [],
    );
  }
  storyById(id: string): Promise<Story | null> {
    return this.record('storyById', [id], () => {
      for (const entry of editionsNewestFirst(this.tables)) {
        const story = entry.stories.find((candidate) => candidate.id === id);
        if (story) return story;
      }
      return null;
    });
  }
  /** Stories of the latest edition with a sentence (headline to FAQ answer) citing the record. */
  storiesCitingRecord(recordId: string): Promise<Story[]> {
    return this.record('storiesCitingRecord', [recordId], () => {
      const latest = editionsNewestFirst(this.tables)[0];
      return latest ? latest.stories.filter((story) => citedRecordIds(story).has(recordId)) : [];
    });
  }

  publishEdition(edition: Edition, written: Story[], events: StoryEvent[] = []): Promise<void> {
    return this.record('publishEdition', [edition, written, events], () =>
      publishEdition(this.tables, edition, written, events),
    );
  }

  removeRecords(ids: string[]): Promise<RemovedRecords> {
    return this.record('removeRecords', [ids], () =>
      removeRecordsWhere(this.tables, this.storyState, (record) => ids.includes(record.id)),
    );
  }
  removeRecordsOfSource(sourceId: string): Promise<RemovedRecords> {
    return this.record('removeRecordsOfSource', [sourceId], () =>
      removeRecordsWhere(this.tables, this.storyState, (record) => record.sourceId === sourceId),
    );
  }
  removeRecordsBefore(before: string): Promise<RemovedRecords> {
    return this.record('removeRecordsBefore', [before], () =>
      removeRecordsBefore(this.tables, this.storyState, before),
    );
  }

  storyStatesFiledUnder(terms: string[], since: string, perTerm: number): Promise<StoredStory[]> {
    return this.record('storyStatesFiledUnder', [terms, since, perTerm], () =>
      this.storyState.filedUnder(terms, since, perTerm),
    );
  }
  storyStatesById(ids: string[]): Promise<StoredStory[]> {
    return this.record('storyStatesById', [ids], () => this.storyState.byId(ids));
  }
  storiesOfRecords(recordIds: string[]): Promise<Map<string, string>> {
    return this.record('storiesOfRecords', [recordIds], () => this.storyState.storiesOf(recordIds));
  }
  recordIdsOfStories(storyIds: string[]): Promise<Map<string, string[]>> {
    return this.record('recordIdsOfStories', [storyIds], () => this.storyState.recordIdsOf(storyIds));
  }
  countTermDocuments(documents: string[][]): Promise<TermDocuments> {
    return this.record('countTermDocuments', [documents], () => this.storyState.count(documents));
  }
  saveStoryStates(changes: StoryStateChange[]): Promise<void> {
    return this.record('saveStoryStates', [changes], () => this.storyState.save(changes));
  }
  clearStoryStates(): Promise<void> {
    return this.record('clearStoryStates', [], () => this.storyState.clear());
  }
}
