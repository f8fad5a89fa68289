import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { applyRetention } from './apply-retention.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');

describe('applyRetention', () => {
  it('removes the records older than the retention period and keeps the newer ones', async () => {
    const store = new InMemoryRecordStore();
    const old = makeRecord({ externalId: 'old', text: 'old', publishedAt: '2026-08-01T00:00:00.000Z' });
    const fresh = makeRecord({ externalId: 'fresh', text: 'fresh', publishedAt: '2026-11-01T00:00:00.000Z' });
    for (const record of [old, fresh]) {
      const rawHash = await store.putRawPayload({
        bytes: new TextEncoder().encode(record.externalId),
        contentType: null,
        url: null,
        receivedAt: record.publishedAt!,
      });
      await store.upsertRecords([{ ...record, rawHash }]);
    }
    expect(await applyRetention({ store, now: () => NOW }, { days: 90 })).toEqual({ records: 1, payloads: 1 });
    expect((await store.listRecords()).map((record) => record.externalId)).toEqual(['fresh']);
    expect(await applyRetention({ store, now: () => NOW }, { days: 90 })).toEqual({ records: 0, payloads: 0 });
  });
});
