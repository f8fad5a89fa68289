/**
 * @module enrich/enrich-records
 * Records' enrichments through the store: reused when stored and current, else computed by
 * {@link enrichRecord} and stored, so each is computed once per version of a record's words.
 */
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { enrichRecord, isCurrentEnrichment } from './enrich-record.js';

/** Options of {@link enrichRecords}. */
export interface EnrichRecordsOptions {
  /** Compute every enrichment afresh, ignoring what is stored (reprocessing); default false. */
  recompute?: boolean;
}

/**
 * The enrichment of each of `records`, by record id. Steps: (1) read the stored ones (unless
 * `recompute`); (2) keep those of today's version computed from the record's current title and text
 * (see isCurrentEnrichment); (3) compute the rest and store them. The records must be stored.
 */
export async function enrichRecords(
  store: RecordStore,
  records: readonly SourceRecord[],
  options: EnrichRecordsOptions = {},
): Promise<Map<string, RecordEnrichment>> {
  const stored = options.recompute
    ? new Map<string, RecordEnrichment>()
    : await store.enrichmentsOf(records.map((record) => record.id));
  const enrichments = new Map<string, RecordEnrichment>();
  const computed: { recordId: string; enrichment: RecordEnrichment }[] = [];
  for (const record of records) {
    const known = stored.get(record.id);
    if (known && isCurrentEnrichment(known, record)) {
      enrichments.set(record.id, known);
      continue;
    }
    const enrichment = enrichRecord(record);
    enrichments.set(record.id, enrichment);
    computed.push({ recordId: record.id, enrichment });
  }
  await store.putEnrichments(computed);
  return enrichments;
}
