/**
 * How far the clustering eval's figures can go with these vectors at all: each method's best score on
 * the reported sets over a range of thresholds (chosen after the fact, so never used to set anything),
 * and the share of articles whose nearest article by TF-IDF cosine is from their own gold event.
 */
import type { SourceRecord } from '../../src/model/index.js';
import { clusterStories, DEFAULT_MIN_DOCUMENT_FREQUENCY } from '../../src/cluster/cluster-stories.js';
import { groupThreads } from '../../src/cluster/group-threads.js';
import { vectorizeUnits } from '../../src/cluster/vectorize-units.js';
import { dot } from '../../src/enrich/tfidf.js';
import type { ClusteringCorpus } from './clustering-corpora.js';
import { bcubed, pairwise, round } from './cluster-scores.js';

/** Thresholds of the after-the-fact sweep: the range where either method's scores rise and fall again. */
export const CEILING_SWEEP = [0.15, 0.18, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35];

/** One corpus's ceiling: the best figure over the sweep per method, at which threshold, and NN accuracy. */
export interface Ceiling {
  metric: 'eventB3F1' | 'pairwiseF1';
  streaming: { best: number; threshold: number };
  averageLink: { best: number; threshold: number };
  nearestNeighbourAccuracy: number;
}

export function ceilingOf(corpus: ClusteringCorpus, metric: Ceiling['metric']): Ceiling {
  const score = (clusters: string[][]) =>
    metric === 'pairwiseF1' ? pairwise(clusters, corpus.event).f1 : bcubed(clusters, corpus.event).f1;
  const bestOver = (method: (records: SourceRecord[], threshold: number) => string[][]) =>
    CEILING_SWEEP.map((threshold) => ({ best: score(method(corpus.records, threshold)), threshold })).reduce(
      (best, entry) => (entry.best > best.best ? entry : best),
    );
  return {
    metric,
    streaming: bestOver((records, threshold) =>
      clusterStories(records, { threshold, windowDays: null }).map((cluster) => cluster.recordIds),
    ),
    averageLink: bestOver((records, threshold) =>
      clusterStories(records, {
        method: 'agglomerative',
        threshold,
        contentFloor: 0,
        windowDays: null,
        minDocumentFrequency: 1,
      }).map((cluster) => cluster.recordIds),
    ),
    nearestNeighbourAccuracy: nearestNeighbourAccuracy(corpus),
  };
}

/** Share of articles whose most similar other article (TF-IDF cosine, as ours vectorises) shares its gold event. */
function nearestNeighbourAccuracy(corpus: ClusteringCorpus): number {
  const units = groupThreads(corpus.records);
  const { full } = vectorizeUnits(units, { minDocumentFrequency: DEFAULT_MIN_DOCUMENT_FREQUENCY });
  let hits = 0;
  full.forEach((vector, index) => {
    let nearest = -1;
    let nearestScore = -Infinity;
    full.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      const score = dot(vector, other);
      if (score > nearestScore) {
        nearestScore = score;
        nearest = otherIndex;
      }
    });
    if (nearest >= 0 && corpus.event.get(units[nearest]!.key) === corpus.event.get(units[index]!.key)) hits += 1;
  });
  return round(hits / full.length);
}
