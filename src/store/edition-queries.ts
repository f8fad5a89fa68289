/**
 * @module store/edition-queries
 * The SQL behind saving and reading editions and their stories. A story row holds its document, or
 * (an edition that republished the story unchanged) none and `written_in`, the edition whose row holds it.
 */
import { citedRecordIds, type Edition, type Story, type StoryEvent } from '../model/index.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { jsonOf, toEdition, toStory } from './row-mapping.js';

const NEWEST_EDITION = 'ORDER BY created_at DESC, seq DESC';
/** A story row with its document, wherever it is held. */
const STORY_DOCUMENT =
  'COALESCE(s.document, w.document) AS document FROM stories s LEFT JOIN stories w ON w.edition_id = s.written_in AND w.id = s.id';

async function insertEdition(tx: SqlQueryable, edition: Edition): Promise<void> {
  await tx.query('INSERT INTO editions (id, created_at, document) VALUES ($1, $2, $3::jsonb)', [
    edition.id,
    edition.createdAt,
    JSON.stringify(edition),
  ]);
}

async function insertStory(tx: SqlQueryable, editionId: string, position: number, story: Story): Promise<void> {
  await tx.query('INSERT INTO stories (edition_id, id, position, document) VALUES ($1, $2, $3, $4::jsonb)', [
    editionId,
    story.id,
    position,
    JSON.stringify(story),
  ]);
  await tx.query(
    'INSERT INTO story_citations (edition_id, story_id, record_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING',
    [editionId, story.id, [...citedRecordIds(story)]],
  );
}

/** See RecordStore.saveEdition. */
export async function saveEdition(
  client: SqlClient,
  edition: Edition,
  stories: Story[],
  events: StoryEvent[],
): Promise<void> {
  await client.transaction(async (tx) => {
    await insertEdition(tx, edition);
    for (const [position, story] of stories.entries()) await insertStory(tx, edition.id, position, story);
    await insertEvents(tx, events);
  });
}

async function insertEvents(tx: SqlQueryable, events: StoryEvent[]): Promise<void> {
  for (const event of events) {
    await tx.query(
      'INSERT INTO story_events (story_id, edition_id, at, kind, document) VALUES ($1, $2, $3, $4, $5::jsonb)',
      [event.storyId, event.editionId, event.at, event.kind, JSON.stringify(event)],
    );
  }
}

/** See RecordStore.publishEdition. */
export async function publishEdition(
  client: SqlClient,
  edition: Edition,
  written: Story[],
  events: StoryEvent[],
): Promise<void> {
  const writtenById = new Map(written.map((story) => [story.id, story]));
  await client.transaction(async (tx) => {
    const [previous] = await tx.query<{ id: string }>(`SELECT id FROM editions ${NEWEST_EDITION} LIMIT 1`);
    await insertEdition(tx, edition);
    const kept: string[] = [];
    const positions: number[] = [];
    for (const [position, id] of edition.storyIds.entries()) {
      const story = writtenById.get(id);
      if (story) await insertStory(tx, edition.id, position, story);
      else {
        kept.push(id);
        positions.push(position);
      }
    }
    if (kept.length > 0) {
      const copied = await tx.query(
        `INSERT INTO stories (edition_id, id, position, document, written_in)
         SELECT $1, p.id, k.position, NULL, COALESCE(p.written_in, p.edition_id)
           FROM unnest($2::text[], $3::integer[]) AS k(id, position) JOIN stories p ON p.id = k.id AND p.edition_id = $4
         RETURNING id`,
        [edition.id, kept, positions, previous?.id ?? null],
      );
      if (copied.length !== kept.length)
        throw new Error(`edition ${edition.id} lists stories neither written nor in the previous edition`);
      await tx.query(
        `INSERT INTO story_citations (edition_id, story_id, record_id)
         SELECT $1, story_id, record_id FROM story_citations WHERE edition_id = $2 AND story_id = ANY($3::text[])`,
        [edition.id, previous!.id, kept],
      );
    }
    await insertEvents(tx, events);
  });
}

/** See RecordStore.storyEvents. */
export async function storyEvents(client: SqlClient, storyId: string): Promise<StoryEvent[]> {
  const rows = await client.query('SELECT document FROM story_events WHERE story_id = $1 ORDER BY seq', [storyId]);
  return rows.map((row) => jsonOf<StoryEvent>(row.document));
}

/** See RecordStore.latestEdition. */
export async function latestEdition(client: SqlClient): Promise<Edition | null> {
  const [row] = await client.query(`SELECT document FROM editions ${NEWEST_EDITION} LIMIT 1`);
  return row ? toEdition(row) : null;
}

/** See RecordStore.editionById. */
export async function editionById(client: SqlClient, id: string): Promise<Edition | null> {
  const [row] = await client.query('SELECT document FROM editions WHERE id = $1', [id]);
  return row ? toEdition(row) : null;
}

/** See RecordStore.storiesOfEdition. */
export async function storiesOfEdition(client: SqlClient, editionId: string): Promise<Story[]> {
  const rows = await client.query(`SELECT ${STORY_DOCUMENT} WHERE s.edition_id = $1 ORDER BY s.position`, [editionId]);
  return rows.map(toStory);
}

/** See RecordStore.storyById. */
export async function storyById(client: SqlClient, id: string): Promise<Story | null> {
  const [row] = await client.query(
    `SELECT ${STORY_DOCUMENT} JOIN editions e ON e.id = s.edition_id WHERE s.id = $1 ORDER BY e.created_at DESC, e.seq DESC LIMIT 1`,
    [id],
  );
  return row ? toStory(row) : null;
}

/** See RecordStore.storiesCitingRecord. */
export async function storiesCitingRecord(client: SqlClient, recordId: string): Promise<Story[]> {
  const rows = await client.query(
    `SELECT ${STORY_DOCUMENT}
       JOIN story_citations c ON c.edition_id = s.edition_id AND c.story_id = s.id
      WHERE c.record_id = $1 AND s.edition_id = (SELECT id FROM editions ${NEWEST_EDITION} LIMIT 1)
      ORDER BY s.position`,
    [recordId],
  );
  return rows.map(toStory);
}
