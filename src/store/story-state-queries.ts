/**
 * @module store/story-state-queries
 * The SQL behind the story stream's stored state (tables story_state, story_terms, story_members,
 * term_documents, stream_documents; migration 0009).
 */
import type { StoredStory, StoredVector, StoryStateChange, TermDocuments } from './story-state.js';
import type { SqlClient, SqlRow } from './sql-client.js';
import { jsonOf } from './row-mapping.js';

/** Rows per statement when saving: as UPSERT_BATCH_SIZE, one JSON parameter of a few megabytes at most. */
const STATE_BATCH_SIZE = 500;

function toStoredStory(row: SqlRow): StoredStory {
  return {
    id: String(row.id),
    units: Number(row.units),
    full: jsonOf<StoredVector>(row.full_vector),
    content: jsonOf<StoredVector>(row.content_vector),
    firstAt: new Date(row.first_at as string | Date).toISOString(),
    lastAt: new Date(row.last_at as string | Date).toISOString(),
    names: jsonOf<string[]>(row.names),
    version: Number(row.version),
    updatedAt: new Date(row.updated_at as string | Date).toISOString(),
  };
}

/** See RecordStore.storyStatesFiledUnder. */
export async function storyStatesFiledUnder(
  client: SqlClient,
  terms: string[],
  since: string,
  perTerm: number,
): Promise<StoredStory[]> {
  if (terms.length === 0) return [];
  const rows = await client.query(
    `SELECT s.* FROM story_state s WHERE s.id IN (
       SELECT f.story_id FROM unnest($1::text[]) AS t(term)
       CROSS JOIN LATERAL (SELECT story_id FROM story_terms WHERE term = t.term AND first_at >= $2::timestamptz
                           ORDER BY first_at DESC LIMIT $3) f)
     ORDER BY s.first_at, s.id`,
    [terms, since, perTerm],
  );
  return rows.map(toStoredStory);
}

/** See RecordStore.storyStatesById. */
export async function storyStatesById(client: SqlClient, ids: string[]): Promise<StoredStory[]> {
  if (ids.length === 0) return [];
  const rows = await client.query('SELECT * FROM story_state WHERE id = ANY($1::text[]) ORDER BY first_at, id', [ids]);
  return rows.map(toStoredStory);
}

/** See RecordStore.storiesOfRecords. */
export async function storiesOfRecords(client: SqlClient, recordIds: string[]): Promise<Map<string, string>> {
  if (recordIds.length === 0) return new Map();
  const rows = await client.query<{ record_id: string; story_id: string }>(
    'SELECT record_id, story_id FROM story_members WHERE record_id = ANY($1::text[])',
    [recordIds],
  );
  return new Map(rows.map((row) => [row.record_id, row.story_id]));
}

/** See RecordStore.recordIdsOfStories. */
export async function recordIdsOfStories(client: SqlClient, storyIds: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (storyIds.length === 0) return found;
  const rows = await client.query<{ record_id: string; story_id: string }>(
    'SELECT record_id, story_id FROM story_members WHERE story_id = ANY($1::text[]) ORDER BY record_id',
    [storyIds],
  );
  for (const row of rows) {
    const list = found.get(row.story_id);
    if (list) list.push(row.record_id);
    else found.set(row.story_id, [row.record_id]);
  }
  return found;
}

/** See RecordStore.countTermDocuments. */
export async function countTermDocuments(client: SqlClient, documents: string[][]): Promise<TermDocuments> {
  const counts = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return client.transaction(async (tx) => {
    const [total] = await tx.query<{ documents: string | number }>(
      'INSERT INTO stream_documents (singleton, documents) VALUES (true, $1) ON CONFLICT (singleton) DO UPDATE SET documents = stream_documents.documents + excluded.documents RETURNING documents',
      [documents.length],
    );
    const frequencies = new Map<string, number>();
    const entries = [...counts];
    for (let start = 0; start < entries.length; start += STATE_BATCH_SIZE * 20) {
      const slice = entries.slice(start, start + STATE_BATCH_SIZE * 20);
      // Sorted, so two batches counted at once lock the terms' rows in the same order.
      slice.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const rows = await tx.query<{ term: string; documents: number }>(
        'INSERT INTO term_documents (term, documents) SELECT * FROM unnest($1::text[], $2::integer[]) ' +
          'ON CONFLICT (term) DO UPDATE SET documents = term_documents.documents + excluded.documents RETURNING term, documents',
        [slice.map(([term]) => term), slice.map(([, count]) => count)],
      );
      for (const row of rows) frequencies.set(row.term, Number(row.documents));
    }
    return { documents: Number(total!.documents), frequencies };
  });
}

/** See RecordStore.saveStoryStates. */
export async function saveStoryStates(client: SqlClient, changes: StoryStateChange[]): Promise<void> {
  if (changes.length === 0) return;
  await client.transaction(async (tx) => {
    for (let start = 0; start < changes.length; start += STATE_BATCH_SIZE) {
      const batch = changes.slice(start, start + STATE_BATCH_SIZE);
      await tx.query(
        `INSERT INTO story_state (id, units, full_vector, content_vector, first_at, last_at, names, version, updated_at)
         SELECT id, units, full_vector, content_vector, first_at, last_at, names, version, updated_at
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, units integer, full_vector jsonb, content_vector jsonb,
                first_at timestamptz, last_at timestamptz, names jsonb, version integer, updated_at timestamptz)
         ON CONFLICT (id) DO UPDATE SET units = excluded.units, full_vector = excluded.full_vector,
           content_vector = excluded.content_vector, first_at = excluded.first_at, last_at = excluded.last_at,
           names = excluded.names, version = excluded.version, updated_at = excluded.updated_at`,
        [
          JSON.stringify(
            batch.map(({ story }) => ({
              id: story.id,
              units: story.units,
              full_vector: story.full,
              content_vector: story.content,
              first_at: story.firstAt,
              last_at: story.lastAt,
              names: story.names,
              version: story.version,
              updated_at: story.updatedAt,
            })),
          ),
        ],
      );
      const filed = batch.flatMap(({ story, terms }) =>
        [...new Set(terms)].map((term) => [term, story.id, story.firstAt] as const),
      );
      await tx.query(
        'INSERT INTO story_terms (term, story_id, first_at) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) ' +
          'ON CONFLICT (term, story_id) DO UPDATE SET first_at = excluded.first_at',
        [filed.map(([term]) => term), filed.map(([, id]) => id), filed.map(([, , at]) => at)],
      );
      // One row per record (a statement cannot touch a row twice); the later change wins.
      const members = [
        ...new Map(batch.flatMap(({ story, recordIds }) => recordIds.map((recordId) => [recordId, story.id]))),
      ];
      await tx.query(
        'INSERT INTO story_members (record_id, story_id) SELECT * FROM unnest($1::text[], $2::text[]) ' +
          'ON CONFLICT (record_id) DO UPDATE SET story_id = excluded.story_id',
        [members.map(([recordId]) => recordId), members.map(([, id]) => id)],
      );
    }
  });
}

/** See RecordStore.clearStoryStates. */
export async function clearStoryStates(client: SqlClient): Promise<void> {
  await client.transaction(async (tx) => {
    for (const table of ['story_members', 'story_terms', 'story_state', 'term_documents', 'stream_documents'])
      await tx.query(`DELETE FROM ${table}`);
  });
}
