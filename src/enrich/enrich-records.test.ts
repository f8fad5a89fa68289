import { describe, expect, it } from 'vitest';
import { RECORD_ENRICHMENT_VERSION } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { enrichRecord } from './enrich-record.js';
import { enrichRecords } from './enrich-records.js';

describe('enrichRecords', () => {
  const fresh = makeRecord({ externalId: 'fresh', text: 'Kestrel shipped the Vireo X90 on 2026-11-12.' });
  const stale = makeRecord({ externalId: 'stale', text: 'The council approved the budget.' });
  const edited = makeRecord({ externalId: 'edited', text: 'The mine will close in March.' });
  const missing = makeRecord({ externalId: 'missing', text: 'Nothing stored for this one.' });

  async function storeWithEnrichments(): Promise<InMemoryRecordStore> {
    const store = new InMemoryRecordStore();
    await store.upsertRecords([fresh, stale, edited, missing]);
    await store.putEnrichments([
      { recordId: fresh.id, enrichment: { ...enrichRecord(fresh), sentenceCount: 99 } },
      { recordId: stale.id, enrichment: { ...enrichRecord(stale), version: RECORD_ENRICHMENT_VERSION - 1 } },
      { recordId: edited.id, enrichment: enrichRecord({ ...edited, text: 'What it said before the edit.' }) },
    ]);
    store.calls.length = 0;
    return store;
  }

  it('reuses a current stored enrichment and recomputes an older version, an edited text or a missing one, storing them', async () => {
    const store = await storeWithEnrichments();
    const enrichments = await enrichRecords(store, [fresh, stale, edited, missing]);
    // The marker shows the stored copy was read, not recomputed.
    expect(enrichments.get(fresh.id)?.sentenceCount).toBe(99);
    for (const record of [stale, edited, missing]) expect(enrichments.get(record.id)).toEqual(enrichRecord(record));
    const written = store.calls
      .filter((call) => call.method === 'putEnrichments')
      .flatMap((call) => call.args[0] as { recordId: string }[]);
    expect(written.map((entry) => entry.recordId).sort()).toEqual([stale.id, edited.id, missing.id].sort());
    expect((await store.enrichmentsOf([stale.id])).get(stale.id)?.version).toBe(RECORD_ENRICHMENT_VERSION);
  });

  it('recomputes every enrichment when asked to', async () => {
    const store = await storeWithEnrichments();
    const enrichments = await enrichRecords(store, [fresh, stale], { recompute: true });
    expect(enrichments.get(fresh.id)).toEqual(enrichRecord(fresh));
    expect((await store.enrichmentsOf([fresh.id])).get(fresh.id)?.sentenceCount).toBe(1);
  });
});
