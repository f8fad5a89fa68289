/**
 * @module enrich/enrich-record
 * Everything the later stages read about one record, computed once at ingest: language, sentences,
 * name candidates, named entities, figures, dates and clustering terms.
 */
import { RECORD_ENRICHMENT_VERSION, recordDigest, type RecordEnrichment, type SourceRecord } from '../model/index.js';
import { detectLanguage } from './detect-language.js';
import { extractQuantities } from './extract-quantities.js';
import { findDates } from './find-dates.js';
import { findEntities } from './find-entities.js';
import { nameEvidenceOf } from './find-proper-nouns.js';
import { splitSentences } from './split-sentences.js';
import { termsOf, titledText } from './terms-of.js';

/**
 * The enrichment of `record`, a pure function of its title and text (the same record always gives the
 * same enrichment, so a build replayed from records alone can recompute it). Language comes from the
 * text, else the title; sentences count the text only; terms, name candidates, entities, figures and
 * dates read the title and text together. An empty record gives empty lists, 0 sentences and 'und'.
 */
export function enrichRecord(record: Pick<SourceRecord, 'title' | 'text'>): RecordEnrichment {
  const text = titledText(record);
  const { language, script } = detectLanguage(record.text.trim().length > 0 ? record.text : (record.title ?? ''));
  return {
    version: RECORD_ENRICHMENT_VERSION,
    digest: recordDigest(record),
    language,
    script,
    sentenceCount: splitSentences(record.text).length,
    terms: countInOrder(termsOf(record)),
    entityCandidates: nameEvidenceOf(text),
    entities: findEntities(record),
    quantities: extractQuantities(text).filter(
      (quantity) => Number.isFinite(quantity.value) && Number.isFinite(quantity.written),
    ),
    dates: findDates(text),
  };
}

/** True when `enrichment` was computed by today's code from this record's current words. */
export function isCurrentEnrichment(
  enrichment: RecordEnrichment,
  record: Pick<SourceRecord, 'title' | 'text'>,
): boolean {
  return enrichment.version === RECORD_ENRICHMENT_VERSION && enrichment.digest === recordDigest(record);
}

/** `[item, count]` pairs, first occurrence first. */
function countInOrder(items: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts];
}
