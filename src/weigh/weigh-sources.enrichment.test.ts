import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecordEnrichment, SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { enrichRecord } from '../enrich/enrich-record.js';
import { gpuAndEarnings } from '../cluster/__fixtures__/gpu-and-earnings.js';
import { weighSources } from './weigh-sources.js';

/** The AllSides crawl as the tests read it: ../shared/corpora relative to the repository root. */
const ALLSIDES = new URL(
  '../../../shared/corpora/neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl',
  import.meta.url,
);
/** AllSides stories weighed together as one story: about 30 articles from a dozen or more outlets. */
const STORIES_PER_SET = 10;

interface AllSidesStory {
  id: number;
  date: string;
  news?: Record<string, { newsSource?: string; newsTitle?: string; newsLink?: string; newBody?: string[] }>;
}

function storedFeatures(records: readonly SourceRecord[]): (record: SourceRecord) => RecordEnrichment | undefined {
  const byId = new Map(records.map((record) => [record.id, enrichRecord(record)]));
  return (record) => byId.get(record.id);
}

function allSidesRecords(): SourceRecord[][] {
  const stories = readFileSync(ALLSIDES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AllSidesStory);
  const records = stories.map((story) =>
    Object.values(story.news ?? {})
      .filter((news) => news.newsSource && news.newBody && news.newBody.length > 0)
      .map((news, index) =>
        makeRecord({
          platform: 'web',
          externalId: `${story.id}-${index}`, // Two links recur across stories; ids must be unique.
          venue: news.newsSource!,
          title: news.newsTitle ?? null,
          text: news.newBody!.join('\n\n'),
          publishedAt: new Date(Date.parse(story.date) + index * 3_600_000).toISOString(),
        }),
      ),
  );
  const sets: SourceRecord[][] = [];
  for (let start = 0; start < records.length; start += STORIES_PER_SET)
    sets.push(records.slice(start, start + STORIES_PER_SET).flat());
  return sets;
}

describe('weighSources with stored enrichments', () => {
  it('gives the same weights from stored term counts as from the texts (demo-like fixture)', () => {
    const records = gpuAndEarnings().all;
    expect(weighSources(records, undefined, undefined, storedFeatures(records))).toEqual(weighSources(records));
  });

  it('reads the stored term counts instead of the texts when given them', () => {
    const press = (venue: string, text: string) => makeRecord({ externalId: venue, venue, title: null, text });
    const records = [
      press(
        'Regional Wire',
        'Northline Rail will run forty fewer weekday trains from December. The operator blamed a driver shortage; the cuts last until March.',
      ),
      press(
        'Coastal Courier',
        'Weekday trains on Northline Rail drop by forty in December, blamed on a driver shortage, with cuts lasting until March.',
      ),
      press(
        'Valley Times',
        'The harvest festival returns to the riverside park this weekend with music, food stalls and a parade.',
      ),
    ];
    const corroboration = (weights: ReturnType<typeof weighSources>) =>
      Object.fromEntries(
        weights.map((weight) => [
          weight.venue,
          weight.factors.find((factor) => factor.name === 'corroboration')!.value,
        ]),
      );
    const featuresOf = storedFeatures(records);
    // Texts gone, term counts kept: the wire and the courier still back each other, so the counts were read.
    const blanked = records.map((record) => ({ ...record, text: '' }));
    const fromTexts = corroboration(weighSources(records, new Map()));
    expect(fromTexts['Regional Wire']).toBeGreaterThan(fromTexts['Valley Times']!);
    expect(corroboration(weighSources(blanked, new Map(), undefined, featuresOf))).toEqual(fromTexts);
    expect(corroboration(weighSources(blanked, new Map()))).not.toEqual(fromTexts);
  });

  it('tokenises a record that has no stored enrichment, beside those that do', () => {
    const records = gpuAndEarnings().all;
    const all = storedFeatures(records);
    const some = (record: SourceRecord) => (record.platform === 'reddit' ? undefined : all(record));
    expect(weighSources(records, undefined, undefined, some)).toEqual(weighSources(records));
  });

  it.skipIf(!existsSync(ALLSIDES))('gives the same weights on AllSides articles either way', () => {
    const sets = allSidesRecords();
    expect(sets.length).toBeGreaterThan(40);
    let venues = 0;
    for (const records of sets) {
      const fromTexts = weighSources(records);
      venues += fromTexts.length;
      expect(weighSources(records, undefined, undefined, storedFeatures(records))).toEqual(fromTexts);
    }
    expect(venues).toBeGreaterThan(500);
  });
});
