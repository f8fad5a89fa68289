import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { removeSource } from './remove-source.js';

async function storeWithSource() {
  const store = new InMemoryRecordStore();
  const source = await store.addSource({ url: 'https://example.com/feed', kind: 'press', platform: 'feed' });
  const rawHash = await store.putRawPayload({
    bytes: new TextEncoder().encode('feed'),
    contentType: null,
    url: null,
    receivedAt: '2026-11-30T00:00:00.000Z',
  });
  await store.upsertRecords([makeRecord({ externalId: 'a', sourceId: source.id, rawHash })]);
  return { store, source };
}

describe('removeSource', () => {
  it('keeps the records of a removed source unless asked to purge them', async () => {
    const { store, source } = await storeWithSource();
    expect(await removeSource(store, source.id, { purge: false })).toEqual({ records: null });
    expect(await store.listRecords()).toHaveLength(1);
  });

  it('purges the records of a removed source with their raw payload', async () => {
    const { store, source } = await storeWithSource();
    expect(await removeSource(store, source.id, { purge: true })).toEqual({ records: { records: 1, payloads: 1 } });
    expect(await store.listRecords()).toEqual([]);
    expect(await store.sourceById(source.id)).toBeNull();
  });

  it('says when there is no such source', async () => {
    expect(await removeSource(new InMemoryRecordStore(), 'nothing', { purge: true })).toBeNull();
  });
});
