/**
 * The build clusters from the enrichments stored at ingest, and a replay from the records alone
 * (recomputing them, as enrichRecord is pure) makes the same edition.
 */
import { describe, expect, it } from 'vitest';
import type { RecordEnrichment } from '../model/index.js';
import { gpuAndEarnings } from '../cluster/__fixtures__/gpu-and-earnings.js';
import { enrichRecord } from '../enrich/enrich-record.js';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { buildEdition, composeEdition } from './build-edition.js';

const NOW = () => new Date('2026-11-14T00:00:00.000Z');

describe('buildEdition with stored enrichments', () => {
  it("reads the window's enrichments from the store, fills the missing ones, and replays to the same edition without them", async () => {
    const store = new InMemoryRecordStore();
    const records = gpuAndEarnings().all;
    await store.upsertRecords(records);
    const engine = createClassicalEngine();
    const built = await buildEdition({ store, engine, now: NOW });
    expect(built.stories.length).toBeGreaterThan(0);
    expect(store.calls.some((call) => call.method === 'enrichmentsOf')).toBe(true);
    const stored = await store.enrichmentsOf(records.map((record) => record.id));
    expect(stored.size).toBe(records.length);

    const replayed = await composeEdition(
      built.inputs,
      createClassicalEngine({ thresholds: built.inputs.engine.thresholds }),
    );
    expect(JSON.stringify(replayed.stories)).toBe(JSON.stringify(built.stories));
    expect(replayed.edition).toEqual(built.edition);
  });

  it('clusters by what is stored, not by re-reading the texts', async () => {
    const store = new InMemoryRecordStore();
    const records = gpuAndEarnings().all;
    await store.upsertRecords(records);
    // Current-looking enrichments with no terms: if the build used them, no two records read alike.
    const empty = (enrichment: RecordEnrichment): RecordEnrichment => ({ ...enrichment, terms: [] });
    await store.putEnrichments(
      records.map((record) => ({ recordId: record.id, enrichment: empty(enrichRecord(record)) })),
    );
    const built = await buildEdition({ store, engine: createClassicalEngine(), now: NOW });
    expect(built.stories).toEqual([]);
  });
});
