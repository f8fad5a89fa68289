/**
 * @module test-support/in-memory-source-queries
 * The in-memory fake's source operations, as the SQL store's queries behave.
 */
import { randomUUID } from 'node:crypto';
import type { Source, SourceFetchState, SourceSchedule } from '../model/index.js';
import type { NewSource } from '../store/record-store.js';
import type { InMemoryTables } from './in-memory-tables.js';

/** See RecordStore.addSource: a URL already stored returns its source unchanged. */
export function addSource(tables: InMemoryTables, source: NewSource, now: () => Date): Source {
  const existing = [...tables.sources.values()].find((candidate) => candidate.url === source.url);
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
    everySeconds: null,
    intervalSeconds: null,
    createdAt: now().toISOString(),
  };
  tables.sources.set(created.id, created);
  return created;
}

/** See RecordStore.updateSourceFetchState: absent optional fields keep their stored value. */
export function updateSourceFetchState(tables: InMemoryTables, id: string, state: SourceFetchState): void {
  const source = tables.sources.get(id);
  if (!source) return;
  const { etag, lastModified, title, consecutiveFailures, nextDueAt, ...always } = state;
  Object.assign(source, always);
  if (nextDueAt !== undefined) source.nextDueAt = nextDueAt;
  if (consecutiveFailures !== undefined) source.consecutiveFailures = consecutiveFailures;
  if (etag !== undefined) source.etag = etag;
  if (lastModified !== undefined) source.lastModified = lastModified;
  if (title !== undefined) source.title = title;
}

/** See RecordStore.updateSourceSchedule: absent fields keep their value; false for an unknown source. */
export function updateSourceSchedule(tables: InMemoryTables, id: string, schedule: SourceSchedule): boolean {
  const source = tables.sources.get(id);
  if (!source) return false;
  if (schedule.everySeconds !== undefined) source.everySeconds = schedule.everySeconds;
  if (schedule.intervalSeconds !== undefined) source.intervalSeconds = schedule.intervalSeconds;
  if (schedule.nextDueAt !== undefined) source.nextDueAt = schedule.nextDueAt;
  return true;
}
