/**
 * @module test-support/in-memory-tables
 * The maps and lists the in-memory RecordStore fake keeps in place of database tables.
 */
import type {
  Edition,
  RawPayload,
  RecordEnrichment,
  RecordRevision,
  Source,
  SourceRecord,
  Story,
  StoryEvent,
} from '../model/index.js';

/** One saved edition with its stories in order. */
export interface InMemoryEdition {
  edition: Edition;
  stories: Story[];
}

/** Everything the fake stores, keyed as the SQL tables are. */
export interface InMemoryTables {
  payloads: Map<string, RawPayload>;
  records: Map<string, SourceRecord>;
  aliases: Map<string, string>;
  enrichments: Map<string, RecordEnrichment>;
  sources: Map<string, Source>;
  /** Editions in save order; "latest" is the greatest createdAt, the later save on a tie. */
  editions: InMemoryEdition[];
  events: StoryEvent[];
  revisions: RecordRevision[];
}

/** Empty tables. */
export function createInMemoryTables(): InMemoryTables {
  return {
    payloads: new Map(),
    records: new Map(),
    aliases: new Map(),
    enrichments: new Map(),
    sources: new Map(),
    editions: [],
    events: [],
    revisions: [],
  };
}

/** The saved editions, newest createdAt first and the later save first on a tie. */
export function editionsNewestFirst(tables: InMemoryTables): InMemoryEdition[] {
  return tables.editions
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.edition.createdAt.localeCompare(a.entry.edition.createdAt) || b.index - a.index)
    .map(({ entry }) => entry);
}
