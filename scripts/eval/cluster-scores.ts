/** B-cubed and pairwise precision, recall and F1 of a clustering against gold classes. */

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

/** B-cubed: per item, precision = |own cluster ∩ gold class| / |own cluster|, recall likewise; averaged. */
export function bcubed(clusters: readonly string[][], gold: ReadonlyMap<string, string>): Scores {
  let precision = 0;
  let recall = 0;
  const classSize = countValues(gold.values());
  for (const cluster of clusters) {
    const inCluster = countValues(cluster.map((id) => gold.get(id)!));
    for (const id of cluster) {
      const shared = inCluster.get(gold.get(id)!)!;
      precision += shared / cluster.length;
      recall += shared / classSize.get(gold.get(id)!)!;
    }
  }
  return withF1(precision / gold.size, recall / gold.size);
}

/** Pairwise: precision and recall over item pairs placed together versus pairs in the same gold class. */
export function pairwise(clusters: readonly string[][], gold: ReadonlyMap<string, string>): Scores {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  let together = 0;
  let correct = 0;
  for (const cluster of clusters) {
    together += choose2(cluster.length);
    for (const count of countValues(cluster.map((id) => gold.get(id)!)).values()) correct += choose2(count);
  }
  let goldPairs = 0;
  for (const count of countValues(gold.values()).values()) goldPairs += choose2(count);
  return withF1(together === 0 ? 0 : correct / together, goldPairs === 0 ? 0 : correct / goldPairs);
}

function countValues(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function withF1(p: number, r: number): Scores {
  return { p: round(p), r: round(r), f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)) };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
