import { describe, expect, it } from 'vitest';
import { RECORD_ENRICHMENT_VERSION } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { enrichRecord, isCurrentEnrichment } from './enrich-record.js';
import { findProperNouns, properNounsFrom } from './find-proper-nouns.js';
import { termsOf } from './terms-of.js';

describe('enrichRecord', () => {
  const record = makeRecord({
    title: 'Kestrel cuts the Vireo X90 price by 12%',
    text: 'Kestrel said on 2026-11-12 that the Vireo X90 now costs $649. The card ships with 16 GB of memory.\n\nAnalysts at Market Ledger expect the cut by 3 December 2026.',
  });

  it('counts the clustering terms in first-occurrence order, as termsOf gives them', () => {
    const { terms } = enrichRecord(record);
    const expanded = terms.flatMap(([term, count]) => Array<string>(count).fill(term));
    expect(new Set(expanded)).toEqual(new Set(termsOf(record)));
    expect(expanded).toHaveLength(termsOf(record).length);
    expect(terms.map(([term]) => term)).toEqual([...new Set(termsOf(record))]);
    expect(terms.find(([term]) => term === 'kestrel')).toEqual(['kestrel', 2]);
  });

  it('keeps the name evidence findProperNouns counts, so summed it finds the same names', () => {
    const other = makeRecord({
      title: 'Memory prices',
      text: 'The card market is slow. Buyers wait for the Vireo refresh, says Kestrel.',
    });
    const names = properNounsFrom([enrichRecord(record).entityCandidates, enrichRecord(other).entityCandidates]);
    expect(names).toEqual(findProperNouns([`${record.title}\n\n${record.text}`, `${other.title}\n\n${other.text}`]));
    expect(names).toContain('vireo');
    expect(names).not.toContain('card');
  });

  it('gives language, sentences, figures and dates', () => {
    const enrichment = enrichRecord(record);
    expect(enrichment).toMatchObject({
      version: RECORD_ENRICHMENT_VERSION,
      language: 'en',
      script: 'Latn',
      sentenceCount: 3,
      dates: ['2026-11-12', '2026-12-03'],
    });
    expect(enrichment.quantities.map((quantity) => [quantity.raw, quantity.unit])).toEqual(
      expect.arrayContaining([
        ['12%', 'percent'],
        ['$649', 'usd'],
        ['16 GB', 'gb'],
      ]),
    );
  });

  it('is current for the words it was computed from, and stale once they change', () => {
    const enrichment = enrichRecord(record);
    expect(isCurrentEnrichment(enrichment, record)).toBe(true);
    expect(isCurrentEnrichment(enrichment, { ...record, text: `${record.text} Updated.` })).toBe(false);
    expect(isCurrentEnrichment({ ...enrichment, version: RECORD_ENRICHMENT_VERSION - 1 }, record)).toBe(false);
  });

  it('handles an empty record', () => {
    expect(enrichRecord(makeRecord({ title: null, text: '' }))).toMatchObject({
      language: 'und',
      script: 'Zyyy',
      sentenceCount: 0,
      terms: [],
      entityCandidates: [],
      quantities: [],
      dates: [],
    });
  });

  it('handles a 1 MB single word and unknown scripts without stalling', () => {
    const started = performance.now();
    const huge = enrichRecord(makeRecord({ text: 'x'.repeat(1_000_000) }));
    expect(huge).toMatchObject({ sentenceCount: 1, terms: [['x'.repeat(1_000_000), 1]], quantities: [], dates: [] });
    const digits = enrichRecord(makeRecord({ text: '7'.repeat(1_000_000) }));
    expect(digits.quantities.every((quantity) => Number.isFinite(quantity.value))).toBe(true);
    const gothic = enrichRecord(makeRecord({ text: '𐌰𐌱𐌲𐌳 𐌴𐌵𐌶. '.repeat(20_000) }));
    expect(gothic).toMatchObject({ language: 'und', script: 'Zzzz' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('gives the same enrichment for the same record every time', () => {
    expect(enrichRecord(record)).toEqual(enrichRecord(structuredClone(record)));
  });
});
