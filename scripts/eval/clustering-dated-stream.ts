/**
 * What time evidence does on a stream that has it: the AllSides raw crawl (505 stories with text, 1,479 article
 * excerpts, each story dated 2021-04-22 … 2021-10-18) fed in time order, with the window off and at
 * its default. Never tuned on: it overlaps the NeuS splits (99 `test` articles by title), so it is a
 * measurement beside the targets, not one of them. AllSides dates the story, not each article, so the
 * three outlets' excerpts are given that time an hour apart and the window can never split a story:
 * it can only keep other stories out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRecord } from '../../src/model/index.js';
import { clusterStories, DEFAULT_WINDOW_DAYS } from '../../src/cluster/cluster-stories.js';
import { bcubed, pairwise } from './cluster-scores.js';

const SIDES = ['left', 'center', 'right'] as const;
/** The outlets' excerpts of one story arrive this far apart, from the story's date on. */
const SIDE_SPACING_MS = 3_600_000;

interface RawStory {
  id: number;
  date: string;
  news?: Partial<Record<(typeof SIDES)[number], { newsSource?: string; newsTitle?: string; newBody?: string[] }>>;
}

/** Pairwise and B-cubed F1 of ours on the dated raw crawl, without the window and with the default one. */
export function datedStreamScores(root: string) {
  const file = join(root, 'neus-allsides', 'raw_crawled', 'headline_11_2021-10-19_crawled_all.jsonl');
  const records: SourceRecord[] = [];
  const gold = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const story = JSON.parse(line) as RawStory;
    SIDES.forEach((side, position) => {
      const article = story.news?.[side];
      if (!article?.newBody?.length) return;
      const id = `raw-${story.id}-${side}`;
      const time = new Date(Date.parse(story.date) + position * SIDE_SPACING_MS).toISOString();
      records.push({
        id,
        platform: 'web',
        kind: 'press',
        sourceId: null,
        externalId: id,
        url: null,
        canonicalUrl: null,
        title: article.newsTitle ?? null,
        author: null,
        publishedAt: time,
        fetchedAt: time,
        text: article.newBody.join('\n\n'),
        threadId: null,
        parentId: null,
        engagement: {},
        language: 'en',
        venue: article.newsSource ?? 'AllSides',
        rawHash: '',
      });
      gold.set(id, String(story.id));
    });
  }
  const score = (windowDays: number | null) => {
    const clusters = clusterStories(records, { windowDays }).map((cluster) => cluster.recordIds);
    return { windowDays, pairwise: pairwise(clusters, gold), b3F1: bcubed(clusters, gold).f1 };
  };
  return {
    articles: records.length,
    stories: new Set(gold.values()).size,
    undated: score(null),
    dated: score(DEFAULT_WINDOW_DAYS),
  };
}
