/**
 * @module pipeline/ingest-pages
 * Ingests a source's answers one by one as its fetcher or connector yields them, adding up what changed.
 */
import type { FetchedPage } from '../fetch/fetched-page.js';
import type { Source } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { ingestPayload } from './ingest-payload.js';

export interface PagesIngested {
  /** Answers fetched, 304s included. */
  requests: number;
  /** True when every answer was a 304: nothing new. */
  notModified: boolean;
  /** The first answer: its validators are the source's next conditional GET. */
  first: FetchedPage | null;
  /** The format of the first answer that was parsed. */
  format: string | null;
  title: string | null;
  records: number;
  inserted: number;
  updated: number;
  edited: number;
  deleted: number;
  unchanged: number;
}

/**
 * Stores each answer raw, parses it and stores its new and changed records before the next request
 * is made, so a failure part-way (a 429 on page 3) keeps everything fetched before it. Throws what
 * the fetch or the parse threw.
 */
export async function ingestPages(
  pages: AsyncIterable<FetchedPage>,
  source: Source,
  store: RecordStore,
): Promise<PagesIngested> {
  const total: PagesIngested = {
    requests: 0,
    notModified: true,
    first: null,
    format: null,
    title: null,
    records: 0,
    inserted: 0,
    updated: 0,
    edited: 0,
    deleted: 0,
    unchanged: 0,
  };
  for await (const page of pages) {
    total.requests += 1;
    total.first ??= page;
    if (page.notModified) continue;
    total.notModified = false;
    const result = await ingestPayload(
      store,
      { bytes: page.body, contentType: page.contentType, url: page.url },
      { sourceId: source.id, kind: source.kind, venue: source.venue, receivedAt: page.fetchedAt },
    );
    total.format ??= result.format;
    total.title ??= result.title;
    total.records += result.records.length;
    total.inserted += result.inserted;
    total.updated += result.updated;
    total.edited += result.edited;
    total.deleted += result.deleted;
    total.unchanged += result.unchanged;
  }
  return total;
}
