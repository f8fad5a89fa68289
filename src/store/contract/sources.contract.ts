/**
 * @module store/contract/sources.contract
 * The RecordStore contract for sources: added once per URL, fetch state updated, removed without their records.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { RECEIVED_AT, storeRecords } from '../__fixtures__/store-records.js';
import type { RecordStore } from '../record-store.js';

/** Registers the source tests in the enclosing describe. `open` gives a fresh, migrated, empty store for each test. */
export function describeSourcesContract(open: () => Promise<RecordStore>): void {
  let store: RecordStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('adds a source once per URL, updates its fetch state and removes it without touching records', async () => {
    const source = await store.addSource({ url: 'https://news.example/feed.xml', kind: 'press', platform: 'feed' });
    expect(source).toMatchObject({
      url: 'https://news.example/feed.xml',
      kind: 'press',
      platform: 'feed',
      status: 'new',
      lastError: null,
      title: null,
      venue: null,
      tags: [],
    });
    const named = await store.addSource({
      url: 'https://forum.loom.example/t/1.json',
      kind: 'community',
      platform: 'discourse',
      venue: 'Loom',
      tags: ['Databases', 'Licences'],
    });
    expect(await store.sourceById(named.id)).toMatchObject({ venue: 'Loom', tags: ['Databases', 'Licences'] });
    await store.removeSource(named.id);
    expect(await store.addSource({ url: 'https://news.example/feed.xml', kind: 'community', platform: null })).toEqual(
      source,
    );
    expect(await store.sourceUrlExists('https://news.example/feed.xml')).toBe(true);
    expect(await store.sourceUrlExists('https://other.example/')).toBe(false);

    await store.updateSourceFetchState(source.id, {
      status: 'ok',
      lastError: null,
      lastFetchedAt: RECEIVED_AT,
      etag: '"v1"',
      lastModified: 'Mon, 30 Nov 2026 12:00:00 GMT',
      title: 'News',
    });
    await store.updateSourceFetchState(source.id, {
      status: 'failing',
      lastError: 'HTTP 503',
      lastFetchedAt: '2026-11-30T13:00:00.000Z',
      consecutiveFailures: 2,
    });
    expect((await store.sourceById(source.id))?.nextDueAt).toBeNull();
    await store.updateSourceFetchState(source.id, {
      status: 'failing',
      lastError: 'HTTP 503',
      lastFetchedAt: '2026-11-30T13:00:00.000Z',
      nextDueAt: '2026-11-30T14:00:00.000Z',
    });
    await store.updateSourceFetchState(source.id, {
      status: 'paused',
      lastError: 'HTTP 503',
      lastFetchedAt: '2026-11-30T13:00:00.000Z',
    });
    expect(await store.sourceById(source.id)).toMatchObject({
      nextDueAt: '2026-11-30T14:00:00.000Z',
      status: 'paused',
      lastError: 'HTTP 503',
      consecutiveFailures: 2,
      lastFetchedAt: '2026-11-30T13:00:00.000Z',
      etag: '"v1"',
      lastModified: 'Mon, 30 Nov 2026 12:00:00 GMT',
      title: 'News',
    });
    await store.updateSourceFetchState(source.id, {
      status: 'ok',
      lastError: null,
      lastFetchedAt: RECEIVED_AT,
      etag: null,
    });
    expect((await store.sourceById(source.id))?.etag).toBeNull();

    const second = await store.addSource({
      url: 'https://www.reddit.com/r/x.json',
      kind: 'community',
      platform: 'reddit',
    });
    expect((await store.listSources()).map((listed) => listed.id).sort()).toEqual([source.id, second.id].sort());
    await storeRecords(store, makeRecord({ externalId: 'kept', sourceId: source.id }));
    expect(await store.removeSource(source.id)).toBe(true);
    expect(await store.removeSource(source.id)).toBe(false);
    expect(await store.sourceById(source.id)).toBeNull();
    expect((await store.listRecords({ sourceId: source.id })).map((record) => record.externalId)).toEqual(['kept']);
  });
}
