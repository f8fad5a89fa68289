/**
 * @module test-support/in-memory-record-store
 * A recording fake of the RecordStore port held in maps, for tests of the layers that read the store.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  citedRecordIds,
  type Edition,
  type Platform,
  type RawPayload,
  type RecordEnrichment,
  type RecordRevision,
  type Source,
  type SourceFetchState,
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
import type { StoredStory, StoryStateChange, TermDocuments } from '../store/story-state.js';
import { InMemoryStoryState } from './in-memory-story-state.js';

/** One call made on the fake: the method name and its arguments, in call order. */
export interface RecordedStoreCall {
  method: keyof RecordStore;
  args: unknown[];
}

/** Methods that change what is stored; a read-only caller must never make these. */
export const WRITING_METHODS: ReadonlySet<keyof RecordStore> = new Set<keyof RecordStore>([
  'migrate',
  'putRawPayload',
  'upsertRecords',
  'saveRecordRevisions',
  'saveRecordAliases',
  'putEnrichments',
  'markRecordsDeleted',
  'addSource',
  'removeSource',
  'updateSourceFetchState',
  'saveEdition',
  'publishEdition',
  'removeRecords',
  'removeRecordsOfSource',
  'removeRecordsBefore',
  'countTermDocuments',
  'saveStoryStates',
  'clearStoryStates',
]);

function newestFirst(a: SourceRecord, b: SourceRecord): number {
  const byPublished = (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');
  if (byPublished !== 0) return byPublished;
  return b.fetchedAt.localeCompare(a.fetchedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * RecordStore in memory. Every call is appended to `calls`; `failWith` makes every later call reject
 * (to test how callers handle a broken store). Values are structured-cloned in and out, as a database would.
 */
export class InMemoryRecordStore implements RecordStore {
  readonly calls: RecordedStoreCall[] = [];
  failWith: Error | null = null;
  private readonly payloads = new Map<string, RawPayload>();
  private readonly records = new Map<string, SourceRecord>();
  private readonly aliases = new Map<string, string>();
  private readonly enrichments = new Map<string, RecordEnrichment>();
  private readonly sources = new Map<string, Source>();
  /** Editions in save order; "latest" is the greatest createdAt, the later save on a tie. */
  private readonly editions: { edition: Edition; stories: Story[] }[] = [];
  private readonly events: StoryEvent[] = [];
  private readonly revisions: RecordRevision[] = [];
  private readonly storyState = new InMemoryStoryState();

  constructor(private readonly now: () => Date = () => new Date()) {}

  private async record<T>(method: keyof RecordStore, args: unknown[], run: () => T): Promise<T> {
    this.calls.push({ method, args });
    if (this.failWith) throw this.failWith;
    return structuredClone(run());
  }

  private editionsNewestFirst(): { edition: Edition; stories: Story[] }[] {
    return this.editions
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => b.entry.edition.createdAt.localeCompare(a.entry.edition.createdAt) || b.index - a.index)
      .map(({ entry }) => entry);
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
      if (!this.payloads.has(hash)) this.payloads.set(hash, { ...structuredClone(payload), hash });
      return hash;
    });
  }
  rawPayloadByHash(hash: string): Promise<RawPayload | null> {
    return this.record('rawPayloadByHash', [hash], () => this.payloads.get(hash) ?? null);
  }

  upsertRecords(records: SourceRecord[]): Promise<UpsertResult> {
    return this.record('upsertRecords', [records], () => {
      const result = { inserted: 0, updated: 0 };
      for (const record of new Map(records.map((each) => [each.id, each])).values()) {
        const stored = this.records.get(record.id);
        if (stored) result.updated += 1;
        else result.inserted += 1;
        const { deletedAt: _ignored, ...copy } = structuredClone(record);
        this.records.set(record.id, stored?.deletedAt ? { ...copy, deletedAt: stored.deletedAt } : copy);
      }
      return result;
    });
  }
  saveRecordRevisions(revisions: RecordRevision[]): Promise<void> {
    return this.record('saveRecordRevisions', [revisions], () => {
      this.revisions.push(...structuredClone(revisions));
    });
  }
  recordRevisions(recordId: string): Promise<RecordRevision[]> {
    return this.record('recordRevisions', [recordId], () =>
      this.revisions.filter((revision) => revision.recordId === recordId),
    );
  }
  markRecordsDeleted(ids: string[], at: string, rawHash: string | null): Promise<number> {
    return this.record('markRecordsDeleted', [ids, at, rawHash], () => {
      let marked = 0;
      for (const id of new Set(ids)) {
        const stored = this.records.get(id);
        if (!stored || stored.deletedAt) continue;
        stored.deletedAt = at;
        this.revisions.push({
          recordId: id,
          change: 'deleted',
          at,
          previousTitle: stored.title,
          previousText: stored.text,
          rawHash,
        });
        marked += 1;
      }
      return marked;
    });
  }
  countRecordsBySource(): Promise<Map<string, number>> {
    return this.record('countRecordsBySource', [], () => {
      const counts = new Map<string, number>();
      for (const record of this.records.values()) {
        if (record.sourceId !== null) counts.set(record.sourceId, (counts.get(record.sourceId) ?? 0) + 1);
      }
      return counts;
    });
  }
  recordById(id: string): Promise<SourceRecord | null> {
    return this.record('recordById', [id], () => this.records.get(id) ?? null);
  }
  listRecords(filter: RecordFilter = {}): Promise<SourceRecord[]> {
    return this.record('listRecords', [filter], () => {
      const ids = filter.ids ? new Set(filter.ids) : null;
      const matching = [...this.records.values()]
        .filter((record) => (ids ? ids.has(record.id) : true))
        .filter((record) => (filter.platform ? record.platform === filter.platform : true))
        .filter((record) => (filter.sourceId ? record.sourceId === filter.sourceId : true))
        .sort(newestFirst);
      return filter.limit === undefined ? matching : matching.slice(0, filter.limit);
    });
  }
  countRecordsByPlatform(): Promise<Partial<Record<Platform, number>>> {
    return this.record('countRecordsByPlatform', [], () => {
      const counts: Partial<Record<Platform, number>> = {};
      for (const record of this.records.values()) counts[record.platform] = (counts[record.platform] ?? 0) + 1;
      return counts;
    });
  }
  recordIdsByReferences(references: string[]): Promise<Map<string, string>> {
    return this.record('recordIdsByReferences', [references], () => {
      const found = new Map<string, string>();
      for (const reference of references) {
        const match = [...this.records.values()].find((record) =>
          [record.externalId, record.canonicalUrl, record.url].includes(reference),
        );
        const aliased = this.aliases.get(reference);
        if (match) found.set(reference, match.id);
        else if (aliased) found.set(reference, aliased);
      }
      return found;
    });
  }
  saveRecordAliases(aliases: RecordAlias[]): Promise<void> {
    return this.record('saveRecordAliases', [aliases], () => {
      for (const { alias, recordId } of aliases) this.aliases.set(alias, recordId);
    });
  }
  putEnrichments(enrichments: StoredEnrichment[]): Promise<void> {
    return this.record('putEnrichments', [enrichments], () => {
      // As the foreign key does: one unknown record rejects the batch before anything is stored.
      const unknown = enrichments.find((entry) => !this.records.has(entry.recordId));
      if (unknown) throw new Error(`putEnrichments: no stored record ${unknown.recordId}`);
      for (const { recordId, enrichment } of enrichments) this.enrichments.set(recordId, structuredClone(enrichment));
    });
  }
  enrichmentsOf(recordIds: string[]): Promise<Map<string, RecordEnrichment>> {
    return this.record('enrichmentsOf', [recordIds], () => {
      const found = new Map<string, RecordEnrichment>();
      for (const id of recordIds) {
        const enrichment = this.enrichments.get(id);
        if (enrichment) found.set(id, enrichment);
      }
      return found;
    });
  }

  addSource(source: NewSource): Promise<Source> {
    return this.record('addSource', [source], () => {
      const existing = [...this.sources.values()].find((candidate) => candidate.url === source.url);
      if (existing) return existing;
      const created: Source = {
        id: randomUUID(),
        url: source.url,
        kind: source.kind,
        platform: source.platform,
        title: source.title ?? null,
        venue: source.venue ?? null,
        tags: [...(source.tags ?? [])],
        status: 'new',
        lastError: null,
        consecutiveFailures: 0,
        lastFetchedAt: null,
        etag: null,
        lastModified: null,
        nextDueAt: null,
        createdAt: this.now().toISOString(),
      };
      this.sources.set(created.id, created);
      return created;
    });
  }
  sourceById(id: string): Promise<Source | null> {
    return this.record('sourceById', [id], () => this.sources.get(id) ?? null);
  }
  sourceUrlExists(url: string): Promise<boolean> {
    return this.record('sourceUrlExists', [url], () => [...this.sources.values()].some((source) => source.url === url));
  }
  listSources(): Promise<Source[]> {
    return this.record('listSources', [], () => [...this.sources.values()]);
  }
  removeSource(id: string): Promise<boolean> {
    return this.record('removeSource', [id], () => this.sources.delete(id));
  }
  updateSourceFetchState(id: string, state: SourceFetchState): Promise<void> {
    return this.record('updateSourceFetchState', [id, state], () => {
      const source = this.sources.get(id);
      if (!source) return;
      const { etag, lastModified, title, consecutiveFailures, nextDueAt, ...always } = state;
      Object.assign(source, always);
      if (nextDueAt !== undefined) source.nextDueAt = nextDueAt;
      if (consecutiveFailures !== undefined) source.consecutiveFailures = consecutiveFailures;
      if (etag !== undefined) source.etag = etag;
      if (lastModified !== undefined) source.lastModified = lastModified;
      if (title !== undefined) source.title = title;
    });
  }

  saveEdition(edition: Edition, stories: Story[], events: StoryEvent[] = []): Promise<void> {
    return this.record('saveEdition', [edition, stories, events], () => {
      if (this.editions.some((entry) => entry.edition.id === edition.id))
        throw new Error(`edition ${edition.id} already exists`);
      this.events.push(...structuredClone(events));
      this.editions.push(structuredClone({ edition, stories }));
    });
  }
  storyEvents(storyId: string): Promise<StoryEvent[]> {
    return this.record('storyEvents', [storyId], () => this.events.filter((event) => event.storyId === storyId));
  }
  latestEdition(): Promise<Edition | null> {
    return this.record('latestEdition', [], () => this.editionsNewestFirst()[0]?.edition ?? null);
  }
  editionById(id: string): Promise<Edition | null> {
    return this.record(
      'editionById',
      [id],
      () => this.editions.find((entry) => entry.edition.id === id)?.edition ?? null,
    );
  }
  storiesOfEdition(editionId: string): Promise<Story[]> {
    return this.record(
      'storiesOfEdition',
      [editionId],
      () => this.editions.find((entry) => entry.edition.id === editionId)?.stories ?? [],
    );
  }
  storyById(id: string): Promise<Story | null> {
    return this.record('storyById', [id], () => {
      for (const entry of this.editionsNewestFirst()) {
        const story = entry.stories.find((candidate) => candidate.id === id);
        if (story) return story;
      }
      return null;
    });
  }
  /** Stories of the latest edition with a sentence (headline to FAQ answer) citing the record. */
  storiesCitingRecord(recordId: string): Promise<Story[]> {
    return this.record('storiesCitingRecord', [recordId], () => {
      const latest = this.editionsNewestFirst()[0];
      return latest ? latest.stories.filter((story) => citedRecordIds(story).has(recordId)) : [];
    });
  }

  publishEdition(edition: Edition, written: Story[], events: StoryEvent[] = []): Promise<void> {
    return this.record('publishEdition', [edition, written, events], () => {
      if (this.editions.some((entry) => entry.edition.id === edition.id))
        throw new Error(`edition ${edition.id} already exists`);
      const previous = new Map((this.editionsNewestFirst()[0]?.stories ?? []).map((story) => [story.id, story]));
      const writtenById = new Map(written.map((story) => [story.id, story]));
      const stories = edition.storyIds.map((id) => {
        const story = writtenById.get(id) ?? previous.get(id);
        if (!story) throw new Error(`edition ${edition.id} lists stories neither written nor in the previous edition`);
        return story;
      });
      this.events.push(...structuredClone(events));
      this.editions.push(structuredClone({ edition, stories }));
    });
  }

  removeRecords(ids: string[]): Promise<RemovedRecords> {
    return this.record('removeRecords', [ids], () => this.removeWhere((record) => ids.includes(record.id)));
  }
  removeRecordsOfSource(sourceId: string): Promise<RemovedRecords> {
    return this.record('removeRecordsOfSource', [sourceId], () =>
      this.removeWhere((record) => record.sourceId === sourceId),
    );
  }
  removeRecordsBefore(before: string): Promise<RemovedRecords> {
    return this.record('removeRecordsBefore', [before], () => {
      const cited = new Set(
        this.editions.flatMap((entry) => entry.stories.flatMap((story) => [...citedRecordIds(story)])),
      );
      return this.removeWhere(
        (record) => Date.parse(record.publishedAt ?? record.fetchedAt) < Date.parse(before) && !cited.has(record.id),
      );
    });
  }
  private removeWhere(remove: (record: SourceRecord) => boolean): RemovedRecords {
    const removed = [...this.records.values()].filter(remove);
    for (const record of removed) {
      this.records.delete(record.id);
      this.enrichments.delete(record.id);
    }
    const ids = new Set(removed.map((record) => record.id));
    for (const [alias, recordId] of this.aliases) if (ids.has(recordId)) this.aliases.delete(alias);
    const kept = this.revisions.filter((revision) => !ids.has(revision.recordId));
    this.revisions.splice(0, this.revisions.length, ...kept);
    this.storyState.forgetRecords(ids);
    const needed = new Set([...this.records.values()].map((record) => record.rawHash));
    let payloads = 0;
    for (const hash of new Set(removed.map((record) => record.rawHash))) {
      if (!needed.has(hash) && this.payloads.delete(hash)) payloads += 1;
    }
    return { records: removed.length, payloads };
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
