import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { enrichRecord } from '../enrich/enrich-record.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { storeChangedRecords } from './store-changed-records.js';

const SEEN = { at: '2026-11-30T12:00:00.000Z', rawHash: 'a'.repeat(64) };

function enrichedIds(store: InMemoryRecordStore): string[] {
  return store.calls
    .filter((call) => call.method === 'putEnrichments')
    .flatMap((call) => (call.args[0] as { recordId: string }[]).map((entry) => entry.recordId));
}

describe('storeChangedRecords', () => {
  it('enriches new and edited records as it stores them, and leaves the unchanged and re-scored alone', async () => {
    const store = new InMemoryRecordStore();
    const kept = makeRecord({ externalId: 'kept', text: 'Kestrel shipped the Vireo X90.' });
    const rescored = makeRecord({
      externalId: 'rescored',
      text: 'The union said it would fight.',
      engagement: { score: 1 },
    });
    const edited = makeRecord({ externalId: 'edited', text: 'The mine will close.' });
    await storeChangedRecords(store, [kept, rescored, edited], [], SEEN);
    expect(enrichedIds(store).sort()).toEqual([kept.id, rescored.id, edited.id].sort());

    store.calls.length = 0;
    const newer = { ...edited, text: 'The mine will close on 12 December 2026.' };
    const added = makeRecord({ externalId: 'added', text: 'A new report.' });
    const changes = await storeChangedRecords(
      store,
      [kept, { ...rescored, engagement: { score: 5 } }, newer, added],
      [],
      SEEN,
    );
    expect(changes).toMatchObject({ inserted: 1, updated: 2, edited: 1, unchanged: 1 });
    expect(enrichedIds(store).sort()).toEqual([newer.id, added.id].sort());
    const stored = await store.enrichmentsOf([newer.id]);
    expect(stored.get(newer.id)).toEqual(enrichRecord(newer));
    expect(stored.get(newer.id)?.dates).toEqual(['2026-12-12']);
  });
});
