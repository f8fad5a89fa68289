import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { enrichRecord } from '../enrich/enrich-record.js';
import { gpuAndEarnings } from './__fixtures__/gpu-and-earnings.js';
import { clusterStories } from './cluster-stories.js';
import { groupThreads } from './group-threads.js';
import { vectorizeUnits } from './vectorize-units.js';

/** ECB+ as the tests read it: ../shared/corpora relative to the repository root. */
const ECB_PLUS = new URL('../../../shared/corpora/ecb-plus/documents.jsonl', import.meta.url);
/** Documents of ECB+ used: enough for several topics, small enough for a unit test. */
const ECB_DOCUMENTS = 300;

function storedFeatures(records: readonly SourceRecord[]): (record: SourceRecord) => RecordEnrichment | undefined {
  const byId = new Map(records.map((record) => [record.id, enrichRecord(record)]));
  return (record) => byId.get(record.id);
}

function ecbRecords(): SourceRecord[] {
  return readFileSync(ECB_PLUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .slice(0, ECB_DOCUMENTS)
    .map((line) => {
      const document = JSON.parse(line) as { doc_id: string; sentences: string[] };
      return makeRecord({ externalId: document.doc_id, text: document.sentences.join(' '), publishedAt: null });
    });
}

describe('clusterStories with stored enrichments', () => {
  it('gives the same vectors, names and clusters from stored enrichments as from the texts (demo-like fixture)', () => {
    const records = gpuAndEarnings().all;
    const featuresOf = storedFeatures(records);
    const units = groupThreads(records);
    expect(vectorizeUnits(units, { minDocumentFrequency: 2, featuresOf })).toEqual(
      vectorizeUnits(units, { minDocumentFrequency: 2 }),
    );
    const fromTexts = clusterStories(records);
    expect(fromTexts).toHaveLength(2);
    expect(clusterStories(records, { featuresOf })).toEqual(fromTexts);
  });

  it('reads the stored term counts instead of the texts when given them', () => {
    const records = gpuAndEarnings().all;
    const blanked = records.map((record) => ({ ...record, title: null, text: '' }));
    const featuresOf = storedFeatures(records);
    // Texts gone, enrichments kept: the stories are still found, so nothing was read from the texts.
    expect(clusterStories(blanked, { featuresOf })).toEqual(clusterStories(records));
    expect(clusterStories(blanked)).not.toEqual(clusterStories(records));
  });

  it('tokenises a record that has no stored enrichment, beside those that do', () => {
    const records = gpuAndEarnings().all;
    const all = storedFeatures(records);
    const some = (record: SourceRecord) => (record.platform === 'reddit' ? undefined : all(record));
    expect(clusterStories(records, { featuresOf: some })).toEqual(clusterStories(records));
  });

  it.skipIf(!existsSync(ECB_PLUS))('gives the same clusters on ECB+ documents either way', () => {
    const records = ecbRecords();
    const options = { windowDays: null } as const;
    const fromTexts = clusterStories(records, options);
    expect(fromTexts.length).toBeGreaterThan(10);
    expect(clusterStories(records, { ...options, featuresOf: storedFeatures(records) })).toEqual(fromTexts);
  });
});
if (!existsSync(ECB_PLUS)) console.warn(`Skipping the ECB+ equivalence test: ${ECB_PLUS.pathname} is absent.`);
