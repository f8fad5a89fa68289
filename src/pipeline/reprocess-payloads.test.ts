import { describe, expect, it } from 'vitest';
import { RECORD_ENRICHMENT_VERSION } from '../model/index.js';
import { enrichRecord } from '../enrich/enrich-record.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { ingestPayload } from './ingest-payload.js';
import { reprocessPayloads } from './reprocess-payloads.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title>
<item><title>Mine to close</title><link>https://valley.example/a</link><guid>a</guid><pubDate>Tue, 03 Nov 2026 10:00:00 GMT</pubDate><description>Brackwater Mining will close the Tolland mine.</description></item>
<item><title>Union responds</title><link>https://valley.example/b</link><guid>b</guid><pubDate>Wed, 04 Nov 2026 10:00:00 GMT</pubDate><description>The union said it would fight the closure.</description></item>
</channel></rss>`;

describe('reprocessPayloads', () => {
  it('re-parses stored payloads offline: records an older parser got wrong are rewritten, the rest left alone', async () => {
    const store = new InMemoryRecordStore();
    const first = await ingestPayload(
      store,
      { bytes: new TextEncoder().encode(RSS), contentType: 'application/rss+xml', url: 'https://valley.example/feed' },
      { sourceId: null, kind: null, receivedAt: '2026-11-04T12:00:00.000Z' },
    );
    expect(first.records).toHaveLength(2);
    // What an older parser might have stored: the entity-laden text mangled.
    const [stored] = await store.listRecords({ ids: [first.records[0]!.id] });
    await store.upsertRecords([{ ...stored!, text: 'Brackwater Mining will close the Tolland mine.&lt;br&gt;' }]);

    const outcomes = await reprocessPayloads(store);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'ok', format: 'rss', records: 2, unchanged: 1 });
    const [repaired] = await store.listRecords({ ids: [first.records[0]!.id] });
    expect(repaired!.text).toBe('Brackwater Mining will close the Tolland mine.');

    const again = await reprocessPayloads(store);
    expect(again[0]).toMatchObject({ status: 'ok', unchanged: 2 });
  });

  it("stores each record's enrichment at ingest and recomputes every one when reprocessing", async () => {
    const store = new InMemoryRecordStore();
    const { records } = await ingestPayload(
      store,
      { bytes: new TextEncoder().encode(RSS), contentType: null, url: null },
      { sourceId: null, kind: null, receivedAt: '2026-11-04T12:00:00.000Z' },
    );
    const ids = records.map((record) => record.id);
    const [stored] = await store.listRecords({ ids: [ids[0]!] });
    expect((await store.enrichmentsOf(ids)).get(ids[0]!)).toEqual(enrichRecord(stored!));
    // As an older enrichment version would have left it.
    await store.putEnrichments(
      ids.map((recordId) => ({
        recordId,
        enrichment: { ...enrichRecord(stored!), version: RECORD_ENRICHMENT_VERSION - 1 },
      })),
    );
    await reprocessPayloads(store);
    const after = await store.enrichmentsOf(ids);
    for (const record of await store.listRecords({ ids })) expect(after.get(record.id)).toEqual(enrichRecord(record));
  });

  it('reports a payload that is missing from the store and goes on', async () => {
    const store = new InMemoryRecordStore();
    const result = await ingestPayload(
      store,
      { bytes: new TextEncoder().encode(RSS), contentType: null, url: null },
      { sourceId: null, kind: null, receivedAt: '2026-11-04T12:00:00.000Z' },
    );
    const [record] = await store.listRecords({ ids: [result.records[0]!.id] });
    await store.upsertRecords([{ ...record!, rawHash: 'f'.repeat(64) }]);
    const outcomes = await reprocessPayloads(store);
    expect(outcomes.find((outcome) => outcome.rawHash === 'f'.repeat(64))).toMatchObject({
      status: 'failed',
      error: 'raw payload not in the store',
    });
    expect(outcomes.some((outcome) => outcome.status === 'ok')).toBe(true);
  });
});
