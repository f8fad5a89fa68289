/**
 * @module cli/format-enrichment
 * A record's stored enrichment as `records show` prints it: what the engine read in the record.
 */
import type { RecordEnrichment } from '../model/index.js';

/** Entities listed before "and N more": a screen line or two of the most frequent names. */
export const SHOWN_ENTITIES = 12;
/** Figures and dates listed before "and N more", for the same reason. */
export const SHOWN_FIGURES = 12;

/**
 * Lines for `records show`: language and script, sentence count; the record's named entities, most
 * mentioned first, each with the type this record's own evidence gives and its count; the figures
 * and dates it states, as written.
 */
export function formatEnrichment(enrichment: RecordEnrichment): string[] {
  const entities = [...enrichment.entities]
    .sort((a, b) => b.count - a.count || b.inTitle - a.inTitle)
    .map((entity) => `${entity.text} (${entity.type}${entity.count > 1 ? ` ×${entity.count}` : ''})`);
  const figures = [...new Set(enrichment.quantities.map((quantity) => quantity.raw))];
  return [
    `read as ${enrichment.language} (${enrichment.script}) · ${enrichment.sentenceCount} sentence${enrichment.sentenceCount === 1 ? '' : 's'} · ${enrichment.terms.length} distinct terms`,
    `entities: ${listed(entities, SHOWN_ENTITIES)}`,
    `figures: ${listed(figures, SHOWN_FIGURES)}`,
    `dates mentioned: ${listed(enrichment.dates, SHOWN_FIGURES)}`,
  ];
}

function listed(items: readonly string[], shown: number): string {
  if (items.length === 0) return 'none';
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}
