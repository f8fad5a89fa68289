/**
 * Story-clustering eval on ECB+ (982 news articles, 43 topics, 86 gold events with "same topic,
 * different event" traps): B-cubed and pairwise P/R/F1 at the event level, with peer baselines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, type TaskResult } from '../harness.js';
import type { SourceRecord } from '../../src/model/index.js';
import { clusterStories, DEFAULT_SIMILARITY_THRESHOLD } from '../../src/cluster/cluster-stories.js';
import { groupThreads } from '../../src/cluster/group-threads.js';
import { vectorizeUnits } from '../../src/cluster/vectorize-units.js';
import { dot } from '../../src/enrich/tfidf.js';

/** Single-link threshold from an earlier measurement on this corpus (it merges almost nothing): the peer baseline. */
const SINGLE_LINK_BASELINE_THRESHOLD = 0.615;
/** Thresholds swept to pick DEFAULT_SIMILARITY_THRESHOLD; the chosen one is reported as `threshold`. */
const SWEEP = [0.1, 0.15, 0.175, 0.2, 0.21, 0.22, 0.23, 0.25, 0.3, 0.35];
/** ECB+ has no publication dates, so every record gets this one fetch time and the window is off. */
const UNDATED = '2000-01-01T00:00:00.000Z';

interface Document { doc_name: string; topic: number; event_cluster: string; source_url: string | null; sentences: string[] }
interface Scores { p: number; r: number; f1: number }

/** Clusters the corpus with clusterStories at the default threshold and scores it against gold events. */
export async function evalClustering(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('clustering eval skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const documents = readFileSync(join(root, 'ecb-plus', 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Document);
  const records = documents.map(toRecord);
  const gold = new Map(documents.map((document) => [document.doc_name, document.event_cluster]));

  const started = performance.now();
  const ours = clusterStories(records, { windowDays: null }).map((cluster) => cluster.recordIds);
  const milliseconds = Math.round(performance.now() - started);
  const score = (clusters: string[][]) => ({ bcubed: bcubed(clusters, gold), pairwise: pairwise(clusters, gold) });

  const baselines = {
    singletons: score(records.map((record) => [record.id])),
    oneClusterPerTopic: score(groupBy(documents, (document) => String(document.topic))),
    singleLink0615: score(singleLink(records, SINGLE_LINK_BASELINE_THRESHOLD)),
  };
  const sweep = SWEEP.map((threshold) => ({ threshold, ...score(clusterStories(records, { windowDays: null, threshold }).map((c) => c.recordIds)) }));
  const result = { ...score(ours), clusters: ours.length, milliseconds };

  const row = (name: string, value: { bcubed: Scores; pairwise: Scores }) => ({
    method: name,
    'B3 P': round(value.bcubed.p), 'B3 R': round(value.bcubed.r), 'B3 F1': round(value.bcubed.f1),
    'pair P': round(value.pairwise.p), 'pair R': round(value.pairwise.r), 'pair F1': round(value.pairwise.f1),
  });
  const rows = [
    row(`average-link ${DEFAULT_SIMILARITY_THRESHOLD} (ours)`, result),
    ...Object.entries(baselines).map(([name, value]) => row(name, value)),
    ...sweep.map((entry) => row(`sweep average-link ${entry.threshold}`, entry)),
  ];
  return {
    rows,
    json: {
      bcubed: result.bcubed,
      pairwise: result.pairwise,
      clusters: result.clusters,
      goldClusters: new Set(gold.values()).size,
      milliseconds,
      baselines,
      sweep,
      documents: records.length,
      threshold: DEFAULT_SIMILARITY_THRESHOLD,
    },
  };
}

function toRecord(document: Document): SourceRecord {
  return {
    id: document.doc_name, platform: 'web', kind: 'press', sourceId: null, externalId: document.doc_name,
    url: document.source_url, canonicalUrl: document.source_url, title: null, author: null, publishedAt: null,
    fetchedAt: UNDATED, text: document.sentences.join('\n\n'), threadId: null, parentId: null, engagement: {},
    language: 'en', venue: document.source_url ? new URL(document.source_url).hostname : 'ECB', rawHash: '',
  };
}

/** B-cubed: per item, precision = |own cluster ∩ gold class| / |own cluster|, recall likewise; averaged. */
export function bcubed(clusters: string[][], gold: ReadonlyMap<string, string>): Scores {
  let precision = 0;
  let recall = 0;
  const classSize = countValues(gold);
  for (const cluster of clusters) {
    const inCluster = countValues(new Map(cluster.map((id) => [id, gold.get(id)!])));
    for (const id of cluster) {
      const shared = inCluster.get(gold.get(id)!)!;
      precision += shared / cluster.length;
      recall += shared / classSize.get(gold.get(id)!)!;
    }
  }
  return withF1(precision / gold.size, recall / gold.size);
}

/** Pairwise: precision and recall over item pairs placed together versus pairs in the same gold class. */
export function pairwise(clusters: string[][], gold: ReadonlyMap<string, string>): Scores {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  let together = 0;
  let correct = 0;
  for (const cluster of clusters) {
    together += choose2(cluster.length);
    for (const count of countValues(new Map(cluster.map((id) => [id, gold.get(id)!]))).values()) correct += choose2(count);
  }
  let goldPairs = 0;
  for (const count of countValues(gold).values()) goldPairs += choose2(count);
  return withF1(together === 0 ? 0 : correct / together, goldPairs === 0 ? 0 : correct / goldPairs);
}

/** The peer baseline: single-link (connected components) over all pairs at cosine >= threshold. */
function singleLink(records: SourceRecord[], threshold: number): string[][] {
  const units = groupThreads(records);
  const { full } = vectorizeUnits(units);
  const parent = units.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  for (let i = 0; i < full.length; i += 1) {
    for (let j = i + 1; j < full.length; j += 1) if (dot(full[i]!, full[j]!) >= threshold) parent[find(i)] = find(j);
  }
  const groups = new Map<number, string[]>();
  units.forEach((unit, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), unit.key]));
  return [...groups.values()];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): string[][] {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), (item as Document).doc_name]);
  return [...groups.values()];
}

function countValues(map: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of map.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function withF1(p: number, r: number): Scores {
  return { p: round(p), r: round(r), f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
