/**
 * @module pipeline/reprocess-payloads
 * Re-parses stored raw payloads with today's code, no network: a parser fix reaches records already
 * stored. Each payload is read by its SHA-256 and ingested again under its own receipt time, so a
 * payload that parses as before changes nothing, and one that fails is reported and skipped. Every
 * record's enrichment is then computed again, so an enrichment fix reaches them too.
 */
import type { RecordStore } from '../store/record-store.js';
import { enrichRecords } from '../enrich/enrich-records.js';
import { ingestPayload } from './ingest-payload.js';
import { describeFailure } from './refresh-source.js';

export type ReprocessOutcome =
  | {
      rawHash: string;
      status: 'ok';
      format: string;
      records: number;
      inserted: number;
      updated: number;
      edited: number;
      unchanged: number;
    }
  | { rawHash: string; status: 'failed'; error: string };

/**
 * Steps: (1) the distinct raw payloads behind the stored records (of one source when `sourceId` is
 * given), oldest record first; (2) for each, its bytes from the store and its source's kind and
 * venue; (3) ingest again (parse, resolve threads, store only what changed); (4) recompute and store
 * the enrichment of every record reprocessed (of the source, or all). Returns one outcome per payload.
 */
export async function reprocessPayloads(
  store: RecordStore,
  options: { sourceId?: string } = {},
): Promise<ReprocessOutcome[]> {
  const records = await store.listRecords(options.sourceId ? { sourceId: options.sourceId } : {});
  const origins = new Map<string, string | null>();
  for (const record of [...records].reverse())
    if (!origins.has(record.rawHash)) origins.set(record.rawHash, record.sourceId);
  const outcomes: ReprocessOutcome[] = [];
  for (const [rawHash, sourceId] of origins) {
    const payload = await store.rawPayloadByHash(rawHash);
    if (!payload) {
      outcomes.push({ rawHash, status: 'failed', error: 'raw payload not in the store' });
      continue;
    }
    const source = sourceId ? await store.sourceById(sourceId) : null;
    try {
      const result = await ingestPayload(
        store,
        { bytes: payload.bytes, contentType: payload.contentType, url: payload.url },
        { sourceId, kind: source?.kind ?? null, venue: source?.venue ?? null, receivedAt: payload.receivedAt },
      );
      outcomes.push({
        rawHash,
        status: 'ok',
        format: result.format,
        records: result.records.length,
        inserted: result.inserted,
        updated: result.updated,
        edited: result.edited,
        unchanged: result.unchanged,
      });
    } catch (error) {
      outcomes.push({ rawHash, status: 'failed', error: describeFailure(error) });
    }
  }
  await enrichRecords(store, await store.listRecords(options.sourceId ? { sourceId: options.sourceId } : {}), {
    recompute: true,
  });
  return outcomes;
}
