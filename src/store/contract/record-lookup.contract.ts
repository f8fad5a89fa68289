/**
 * @module store/contract/record-lookup.contract
 * The RecordStore contract for finding records: listing with filters, and lookup by reference or alias.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { storeRecords } from '../__fixtures__/store-records.js';
import type { RecordStore } from '../record-store.js';

/** Registers the listing and reference-lookup tests in the enclosing describe. `open` gives a fresh, migrated, empty store for each test. */
export function describeRecordLookupContract(open: () => Promise<RecordStore>): void {
  let store: RecordStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('lists newest first, undated last, and filters by platform, ids, source and limit', async () => {
    const old = makeRecord({ externalId: 'old', publishedAt: '2026-01-01T00:00:00.000Z', sourceId: 's1' });
    const fresh = makeRecord({ externalId: 'new', publishedAt: '2026-06-01T00:00:00.000Z', sourceId: 's2' });
    const undated = makeRecord({ externalId: 'undated', publishedAt: null });
    const post = makeRecord({ platform: 'bluesky', externalId: 'at://p', publishedAt: '2026-03-01T00:00:00.000Z' });
    await storeRecords(store, old, fresh, undated, post);
    expect((await store.listRecords()).map((record) => record.externalId)).toEqual(['new', 'at://p', 'old', 'undated']);
    expect((await store.listRecords({ platform: 'bluesky' })).map((record) => record.externalId)).toEqual(['at://p']);
    expect((await store.listRecords({ ids: [old.id, undated.id] })).map((record) => record.externalId)).toEqual([
      'old',
      'undated',
    ]);
    expect(await store.listRecords({ ids: [] })).toEqual([]);
    expect((await store.listRecords({ sourceId: 's1' })).map((record) => record.externalId)).toEqual(['old']);
    expect((await store.listRecords({ limit: 2 })).map((record) => record.externalId)).toEqual(['new', 'at://p']);
    expect(await store.countRecordsByPlatform()).toEqual({ feed: 3, bluesky: 1 });
  });

  it('finds stored records by external id, canonical URL or URL', async () => {
    const article = makeRecord({
      externalId: 'guid-1',
      url: 'https://news.example/a?utm=x',
      canonicalUrl: 'https://news.example/a',
    });
    await storeRecords(store, article);
    const found = await store.recordIdsByReferences([
      'guid-1',
      'https://news.example/a',
      'https://news.example/a?utm=x',
      'nothing',
    ]);
    expect(Object.fromEntries(found)).toEqual({
      'guid-1': article.id,
      'https://news.example/a': article.id,
      'https://news.example/a?utm=x': article.id,
    });
    expect((await store.recordIdsByReferences([])).size).toBe(0);
  });

  it('finds stored records by a saved alias, their own names first, and moves an alias saved again', async () => {
    const status = makeRecord({ platform: 'mastodon', externalId: 'https://toot.example/users/a/statuses/1' });
    const other = makeRecord({
      platform: 'mastodon',
      externalId: 'https://toot.example/users/b/statuses/2',
      url: 'https://toot.example/api/v1/statuses/9',
    });
    await storeRecords(store, status, other);
    await store.saveRecordAliases([
      { alias: 'https://toot.example/api/v1/statuses/1', recordId: status.id },
      { alias: 'https://toot.example/api/v1/statuses/9', recordId: status.id },
    ]);
    const found = await store.recordIdsByReferences([
      'https://toot.example/api/v1/statuses/1',
      'https://toot.example/api/v1/statuses/9',
    ]);
    expect(Object.fromEntries(found)).toEqual({
      'https://toot.example/api/v1/statuses/1': status.id,
      'https://toot.example/api/v1/statuses/9': other.id,
    });
    await store.saveRecordAliases([{ alias: 'https://toot.example/api/v1/statuses/1', recordId: other.id }]);
    expect(
      (await store.recordIdsByReferences(['https://toot.example/api/v1/statuses/1'])).get(
        'https://toot.example/api/v1/statuses/1',
      ),
    ).toBe(other.id);
    await store.saveRecordAliases([]);
  });
}
