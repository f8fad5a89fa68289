/**
 * @module store/contract/enrichments.contract
 * The RecordStore contract for record enrichments: stored beside their records, replaced, read by id.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RECORD_ENRICHMENT_VERSION, type RecordEnrichment, type SourceRecord } from '../../model/index.js';
import { makeRecord } from '../../model/__fixtures__/make-record.js';
import { storeRecords } from '../__fixtures__/store-records.js';
import type { RecordStore } from '../record-store.js';

/** Registers the enrichment tests in the enclosing describe. `open` gives a fresh, migrated, empty store for each test. */
export function describeEnrichmentsContract(open: () => Promise<RecordStore>): void {
  let store: RecordStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores enrichments beside their records, replaces them, reads them by id and refuses unknown records', async () => {
    const [a, b] = await storeRecords(
      store,
      makeRecord({
        externalId: 'enriched-a',
        title: 'Kestrel cuts prices',
        text: 'Kestrel said on 2026-11-12 that the Vireo X90 costs $649.',
      }),
      makeRecord({ externalId: 'enriched-b', text: 'Совет заявил.' }),
    );
    const enrichment = (record: SourceRecord, sentenceCount: number): RecordEnrichment => ({
      version: RECORD_ENRICHMENT_VERSION,
      digest: record.id.slice(0, 16),
      language: 'en',
      script: 'Latn',
      sentenceCount,
      terms: [
        ['kestrel', 2],
        ['vireo', 1],
        ['x90', 1],
        ['649', 1],
        ['zeta', 1],
        ['ab', 3],
      ],
      entityCandidates: [
        ['vireo', 1, 1],
        ['costs', 1, 0],
      ],
      entities: [
        {
          text: 'Kestrel',
          count: 2,
          inTitle: 1,
          type: 'organisation',
          cues: { person: 0, speech: 1, organisation: 0, place: 0 },
        },
        {
          text: 'Vireo X90',
          count: 1,
          inTitle: 0,
          type: 'product',
          cues: { person: 0, speech: 0, organisation: 0, place: 0 },
        },
      ],
      quantities: [
        { raw: '$649', written: 649, value: 649, unit: 'usd', scaled: false },
        { raw: '2.5bn', written: 2.5, value: 2.5e9, unit: null, scaled: true },
      ],
      dates: ['2026-11-12'],
    });
    expect((await store.enrichmentsOf([a!.id])).size).toBe(0);
    await store.putEnrichments([
      { recordId: a!.id, enrichment: enrichment(a!, 1) },
      { recordId: b!.id, enrichment: { ...enrichment(b!, 1), language: 'und', script: 'Cyrl', version: 0 } },
    ]);
    await store.putEnrichments([
      { recordId: a!.id, enrichment: enrichment(a!, 7) },
      { recordId: a!.id, enrichment: enrichment(a!, 2) },
    ]);
    const found = await store.enrichmentsOf([a!.id, b!.id, 'unknown-id']);
    expect([...found.keys()].sort()).toEqual([a!.id, b!.id].sort());
    // Term order survives storage: the vectors built from it sum in the same order.
    expect(found.get(a!.id)).toEqual(enrichment(a!, 2));
    expect(found.get(b!.id)).toMatchObject({ version: 0, script: 'Cyrl' });
    await expect(
      store.putEnrichments([
        { recordId: 'unknown-id', enrichment: enrichment(a!, 9) },
        { recordId: a!.id, enrichment: enrichment(a!, 9) },
      ]),
    ).rejects.toThrow();
    expect((await store.enrichmentsOf([a!.id])).get(a!.id)?.sentenceCount).toBe(2);
    expect((await store.enrichmentsOf([])).size).toBe(0);
    await store.putEnrichments([]);
  });
}
