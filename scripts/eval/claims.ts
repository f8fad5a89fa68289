/**
 * Claim grouping on real same-event stories: the AllSides crawl (neus-allsides/raw_crawled), where
 * each story is one event told by two or three outlets. Two measures, both from groupClaims:
 * (1) how often outlets on one event are found to carry a claim in common (corroborated groups), and
 * (2) how often a claim group joins records of two different events when two stories on the same
 * topic are mixed into one record set: every such group is a false join, so 1 minus their share of
 * all multi-record groups is the join precision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, type TaskResult } from '../harness.js';
import { recordIdFor, type SourceRecord } from '../../src/model/index.js';
import { groupClaims } from '../../src/weigh/group-claims.js';
import { plantFigureChanges } from './claims-planted.js';

interface AllSidesStory {
  id: number;
  date: string;
  topic?: string;
  news: Record<string, { newsSource?: string; newsTitle?: string; newsLink?: string; newBody?: string[] }>;
}

export async function evalClaims(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('claims eval skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const lines = readFileSync(
    join(root, 'neus-allsides', 'raw_crawled', 'headline_11_2021-10-19_crawled_all.jsonl'),
    'utf8',
  )
    .split('\n')
    .filter(Boolean);
  const stories = lines
    .map((line) => JSON.parse(line) as AllSidesStory)
    .map((item) => ({ item, records: recordsOf(item) }))
    .filter((story) => story.records.length >= 2);

  let withCorroborated = 0;
  let corroboratedGroups = 0;
  let disputedGroups = 0;
  for (const story of stories) {
    const groups = groupClaims(story.records);
    const corroborated = groups.filter((group) => group.status === 'corroborated').length;
    corroboratedGroups += corroborated;
    disputedGroups += groups.filter((group) => group.status === 'disputed' || group.status === 'corrected').length;
    if (corroborated > 0) withCorroborated += 1;
  }

  // Mixed pairs: each story with the next story of the same topic (else the next story), as one record set.
  let multiRecordGroups = 0;
  let crossEventGroups = 0;
  let pairs = 0;
  const examples: string[] = [];
  for (const [index, story] of stories.entries()) {
    const partner =
      stories.slice(index + 1).find((other) => other.item.topic && other.item.topic === story.item.topic) ??
      stories[index + 1];
    if (!partner) continue;
    pairs += 1;
    const own = new Set(story.records.map((record) => record.id));
    for (const group of groupClaims([...story.records, ...partner.records])) {
      if (group.recordIds.length < 2) continue;
      multiRecordGroups += 1;
      const sides = new Set(group.recordIds.map((id) => own.has(id)));
      if (sides.size > 1) {
        crossEventGroups += 1;
        if (examples.length < 8) examples.push(group.mentions.map((mention) => mention.text).join(' | '));
      }
    }
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const planted = plantFigureChanges(stories.map((story) => story.records));
  const summary = {
    stories: stories.length,
    storiesWithCorroboratedClaim: withCorroborated,
    shareWithCorroboratedClaim: round(withCorroborated / stories.length),
    corroboratedGroupsPerStory: round(corroboratedGroups / stories.length),
    disputedOrCorrectedGroups: disputedGroups,
    mixedPairs: pairs,
    multiRecordGroups,
    crossEventGroups,
    joinPrecision: round(multiRecordGroups > 0 ? 1 - crossEventGroups / multiRecordGroups : 1),
    plantedChanges: planted.cases,
    plantedDisputesFound: planted.found,
    plantedDisputeRate: round(planted.cases > 0 ? planted.found / planted.cases : 0),
    corroborationsAcrossValues: planted.corroborationsAcrossValues,
  };
  const rows = [
    { measure: 'AllSides stories (2-3 outlets on one event)', value: summary.stories },
    {
      measure: 'stories where outlets share a corroborated claim',
      value: `${withCorroborated} (${summary.shareWithCorroboratedClaim})`,
    },
    { measure: 'corroborated claim groups per story', value: summary.corroboratedGroupsPerStory },
    { measure: 'disputed or corrected groups (no dispute is labelled)', value: disputedGroups },
    { measure: 'mixed same-topic pairs', value: pairs },
    { measure: 'multi-record claim groups in mixed pairs', value: multiRecordGroups },
    { measure: 'of them joining two different events (false)', value: crossEventGroups },
    { measure: 'join precision', value: summary.joinPrecision },
    { measure: "stories with one outlet's shared figure changed", value: planted.cases },
    {
      measure: 'of them, the dispute found (target >= 0.95)',
      value: `${planted.found} (${summary.plantedDisputeRate})`,
    },
    {
      measure: 'corroborated groups joining records whose values differ (target 0)',
      value: planted.corroborationsAcrossValues,
    },
  ];
  if (process.env.CLAIMS_EXAMPLES) for (const miss of planted.missed) process.stdout.write(`missed: ${miss}\n`);
  if (process.env.CLAIMS_EXAMPLES) for (const example of examples) process.stdout.write(`cross-event: ${example}\n`);
  return { rows, json: summary };
}

function recordsOf(item: AllSidesStory): SourceRecord[] {
  return Object.values(item.news ?? {})
    .filter((news) => news.newsSource && news.newBody && news.newBody.length > 0)
    .map((news, index) => {
      const externalId = news.newsLink ?? `${item.id}-${index}`;
      return {
        id: recordIdFor('web', externalId),
        platform: 'web',
        kind: 'press',
        sourceId: null,
        externalId,
        url: news.newsLink ?? null,
        canonicalUrl: null,
        title: news.newsTitle ?? null,
        author: null,
        publishedAt: new Date(Date.parse(item.date) + index * 3_600_000).toISOString(),
        fetchedAt: new Date(item.date).toISOString(),
        text: news.newBody!.join('\n\n'),
        threadId: null,
        parentId: null,
        engagement: {},
        language: 'en',
        venue: news.newsSource!.replace(/\s*\((?:Online News|News|Opinion)\)$/, ''),
        rawHash: '',
      } satisfies SourceRecord;
    });
}
