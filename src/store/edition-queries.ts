/**
 * @module store/edition-queries
 * The SQL behind saving editions with their stories, citations and story logs, and finding the latest.
 */
import { citedRecordIds, type Edition, type Story, type StoryEvent } from '../model/index.js';
import type { SqlClient } from './sql-client.js';
import { toEdition, toStory } from './row-mapping.js';

const NEWEST_EDITION = 'ORDER BY created_at DESC, seq DESC';

/** See RecordStore.saveEdition: the edition, its stories in order, their citations and the events, in one transaction. */
export async function saveEdition(
  client: SqlClient,
  edition: Edition,
  stories: Story[],
  events: StoryEvent[],
): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('INSERT INTO editions (id, created_at, document) VALUES ($1, $2, $3::jsonb)', [
      edition.id,
      edition.createdAt,
      JSON.stringify(edition),
    ]);
    for (const [position, story] of stories.entries()) {
      await tx.query('INSERT INTO stories (edition_id, id, position, document) VALUES ($1, $2, $3, $4::jsonb)', [
        edition.id,
        story.id,
        position,
        JSON.stringify(story),
      ]);
      await tx.query(
        'INSERT INTO story_citations (edition_id, story_id, record_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING',
        [edition.id, story.id, [...citedRecordIds(story)]],
      );
    }
    for (const event of events) {
      await tx.query(
        'INSERT INTO story_events (story_id, edition_id, at, kind, document) VALUES ($1, $2, $3, $4, $5::jsonb)',
        [event.storyId, event.editionId, event.at, event.kind, JSON.stringify(event)],
      );
    }
  });
}

/** See RecordStore.latestEdition: of two created at the same time, the later saved. */
export async function latestEdition(client: SqlClient): Promise<Edition | null> {
  const [row] = await client.query(`SELECT document FROM editions ${NEWEST_EDITION} LIMIT 1`);
  return row ? toEdition(row) : null;
}

/** See RecordStore.storyById: the copy in the newest edition that has the story. */
export async function storyById(client: SqlClient, id: string): Promise<Story | null> {
  const [row] = await client.query(
    `SELECT s.document FROM stories s JOIN editions e ON e.id = s.edition_id WHERE s.id = $1 ORDER BY e.created_at DESC, e.seq DESC LIMIT 1`,
    [id],
  );
  return row ? toStory(row) : null;
}

/** See RecordStore.storiesCitingRecord: only stories of the latest edition. */
export async function storiesCitingRecord(client: SqlClient, recordId: string): Promise<Story[]> {
  const rows = await client.query(
    `SELECT s.document FROM stories s
       JOIN story_citations c ON c.edition_id = s.edition_id AND c.story_id = s.id
      WHERE c.record_id = $1 AND s.edition_id = (SELECT id FROM editions ${NEWEST_EDITION} LIMIT 1)
      ORDER BY s.position`,
    [recordId],
  );
  return rows.map(toStory);
}
