/**
 * @module cluster/reassign-units
 * A second look after streaming: a unit that arrived early, before its story had formed, moves to
 * the story it now fits better.
 */
import { addInto, dot, type SparseVector } from '../enrich/tfidf.js';
import { topTermsOf } from './top-terms-of.js';

/** What to re-check: the unit vectors, the stories streaming made, and the join rules. */
export interface ReassignInput {
  full: readonly SparseVector[];
  content: readonly SparseVector[];
  startedAt: readonly number[];
  threshold: number;
  contentFloor: number;
  windowMs: number | null;
}

/**
 * Stories with each unit moved, once, to the story whose average cosine with it (its own story
 * counted without it) is highest and passes the join rules; a unit stays when its own story is at
 * least as close. Candidates come from the stories' top terms. Emptied stories are dropped.
 */
export function reassignUnits(stories: readonly (readonly number[])[], input: ReassignInput): number[][] {
  const members = stories.map((list) => new Set(list));
  const sums = stories.map((list) => sumInto(list, input.full));
  const contents = stories.map((list) => sumInto(list, input.content));
  const storyOf = new Map<number, number>();
  const postings = new Map<string, Set<number>>();
  stories.forEach((list, story) => {
    for (const unit of list) {
      storyOf.set(unit, story);
      for (const term of topTermsOf(input.full[unit]!)) {
        const set = postings.get(term);
        if (set) set.add(story);
        else postings.set(term, new Set([story]));
      }
    }
  });
  const withoutSelf = (story: number, unit: number, own: boolean) => (own ? members[story]!.size - 1 : members[story]!.size);
  for (let unit = 0; unit < input.full.length; unit += 1) {
    const current = storyOf.get(unit);
    if (current === undefined) continue;
    const vector = input.full[unit]!;
    const scoreIn = (story: number): number => {
      const own = story === current;
      const size = withoutSelf(story, unit, own);
      if (size === 0) return -Infinity;
      const self = own ? dot(vector, vector) : 0;
      return (dot(vector, sums[story]!) - self) / size;
    };
    const stay = scoreIn(current);
    let best = current;
    let bestScore = stay;
    const candidates = new Set<number>();
    for (const term of topTermsOf(vector)) for (const story of postings.get(term) ?? []) candidates.add(story);
    for (const story of candidates) {
      if (story === current || members[story]!.size === 0) continue;
      const score = scoreIn(story);
      if (score < input.threshold || score <= bestScore) continue;
      if (dot(input.content[unit]!, contents[story]!) / members[story]!.size < input.contentFloor) continue;
      if (input.windowMs !== null && !withinWindow(members[story]!, input.startedAt[unit]!, input)) continue;
      best = story;
      bestScore = score;
    }
    if (best === current) continue;
    members[current]!.delete(unit);
    addInto(sums[current]!, vector, -1);
    addInto(contents[current]!, input.content[unit]!, -1);
    members[best]!.add(unit);
    addInto(sums[best]!, vector);
    addInto(contents[best]!, input.content[unit]!);
    storyOf.set(unit, best);
  }
  return members.filter((set) => set.size > 0).map((set) => [...set].sort((a, b) => a - b));
}

function sumInto(list: readonly number[], vectors: readonly SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const unit of list) addInto(sum, vectors[unit]!);
  return sum;
}

function withinWindow(story: ReadonlySet<number>, startedAt: number, input: ReassignInput): boolean {
  for (const unit of story) if (Math.abs(input.startedAt[unit]! - startedAt) > input.windowMs!) return false;
  return true;
}
