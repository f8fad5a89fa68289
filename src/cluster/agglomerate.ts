/**
 * @module cluster/agglomerate
 * Average-link agglomerative clustering over unit vectors, restricted to candidate pairs, from
 * single units or from groups made earlier.
 */
import { addInto, dot, type SparseVector } from '../enrich/tfidf.js';

/** What to cluster: unit vectors (L2-normalised), the pairs worth comparing, and the merge rules. */
export interface AgglomerateInput {
  full: readonly SparseVector[];
  content: readonly SparseVector[];
  /** Epoch milliseconds of each unit's start. */
  startedAt: readonly number[];
  /**
   * Groups to start from, as lists of unit indexes (for instance the stories a streaming pass made);
   * `candidatePairs` then index into this list. Absent: every unit starts alone.
   */
  initialGroups?: readonly (readonly number[])[];
  candidatePairs: ReadonlyArray<readonly [number, number]>;
  /** Merge only while the average pairwise cosine of the two groups is at least this. */
  threshold: number;
  /** ...and the average pairwise cosine without proper nouns is at least this. */
  contentFloor: number;
  /** ...and the merged group's unit start times span at most this many ms; null: no limit. */
  windowMs: number | null;
}

interface Group {
  members: number[];
  full: SparseVector;
  content: SparseVector;
  first: number;
  last: number;
  version: number;
  alive: boolean;
  neighbours: Set<number>;
}

interface Candidate {
  similarity: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/**
 * Groups of unit indexes. With unit vectors, the average pairwise cosine of groups A and B is
 * (ΣA · ΣB) / (|A| |B|), so each group keeps the sum of its members' vectors. The best qualifying pair
 * merges first (ties: lowest indexes), its neighbours are re-scored, and stale heap entries are skipped.
 */
export function agglomerate(input: AgglomerateInput): number[][] {
  const starts = input.initialGroups ?? input.full.map((_, index) => [index]);
  const groups: Group[] = starts.map((members) => {
    const group: Group = {
      members: [...members],
      full: new Map(),
      content: new Map(),
      first: Infinity,
      last: -Infinity,
      version: 0,
      alive: true,
      neighbours: new Set<number>(),
    };
    for (const index of members) {
      addInto(group.full, input.full[index]!);
      addInto(group.content, input.content[index]!);
      group.first = Math.min(group.first, input.startedAt[index]!);
      group.last = Math.max(group.last, input.startedAt[index]!);
    }
    return group;
  });
  const heap = new CandidateHeap();
  const consider = (a: number, b: number): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const similarity = averageLink(groups[x]!, groups[y]!, input);
    if (similarity !== null)
      heap.push({ similarity, a: x, b: y, versionA: groups[x]!.version, versionB: groups[y]!.version });
  };
  for (const [a, b] of input.candidatePairs) {
    groups[a]!.neighbours.add(b);
    groups[b]!.neighbours.add(a);
    consider(a, b);
  }
  for (let next = heap.pop(); next; next = heap.pop()) {
    const a = groups[next.a]!;
    const b = groups[next.b]!;
    if (!a.alive || !b.alive || a.version !== next.versionA || b.version !== next.versionB) continue;
    a.members.push(...b.members);
    addInto(a.full, b.full);
    addInto(a.content, b.content);
    a.first = Math.min(a.first, b.first);
    a.last = Math.max(a.last, b.last);
    a.version += 1;
    b.alive = false;
    for (const neighbour of b.neighbours) {
      if (neighbour === next.a) continue;
      a.neighbours.add(neighbour);
      groups[neighbour]!.neighbours.delete(next.b);
      groups[neighbour]!.neighbours.add(next.a);
    }
    a.neighbours.delete(next.b);
    for (const neighbour of a.neighbours) if (groups[neighbour]!.alive) consider(next.a, neighbour);
  }
  return groups.filter((group) => group.alive).map((group) => group.members.sort((x, y) => x - y));
}

/** The average-link similarity of two groups, or null when a merge rule forbids the merge. */
function averageLink(a: Group, b: Group, input: AgglomerateInput): number | null {
  if (input.windowMs !== null && Math.max(a.last, b.last) - Math.min(a.first, b.first) > input.windowMs) return null;
  const pairs = a.members.length * b.members.length;
  const similarity = dot(a.full, b.full) / pairs;
  if (similarity < input.threshold) return null;
  if (dot(a.content, b.content) / pairs < input.contentFloor) return null;
  return similarity;
}

/** A binary max-heap on similarity; ties pop the lower index pair first, for deterministic output. */
class CandidateHeap {
  private readonly items: Candidate[] = [];

  push(item: Candidate): void {
    this.items.push(item);
    let index = this.items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(this.items[index]!, this.items[parent]!)) break;
      [this.items[index], this.items[parent]] = [this.items[parent]!, this.items[index]!];
      index = parent;
    }
  }

  pop(): Candidate | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let best = index;
        if (left < this.items.length && this.before(this.items[left]!, this.items[best]!)) best = left;
        if (right < this.items.length && this.before(this.items[right]!, this.items[best]!)) best = right;
        if (best === index) break;
        [this.items[index], this.items[best]] = [this.items[best]!, this.items[index]!];
        index = best;
      }
    }
    return top;
  }

  private before(x: Candidate, y: Candidate): boolean {
    if (x.similarity !== y.similarity) return x.similarity > y.similarity;
    return x.a !== y.a ? x.a < y.a : x.b < y.b;
  }
}
