/**
 * @module cluster/reassign-units
 * A second look after streaming: a unit that arrived early, before its story had formed, moves to
 * the story it now fits better.
 */
import { addInto, dot, type SparseVector } from '../enrich/tfidf.js';
import { mostShared } from './most-shared.js';
import { LOOKUP_TERMS, type AssignInput } from './assign-to-stories.js';
import { spanOf } from './span-of.js';

/** What to re-check against: the unit vectors and the join rules, as streaming used them. */
export type ReassignInput = AssignInput;

/**
 * Stories one index term may offer a unit, nearest in time first: on a long stream a common term
 * names thousands of stories, and scanning them all made this pass quadratic (148 s for 20,734
 * synthetic units). 64, 256 and no bound give the same ECB+ and NeuS `val` scores.
 */
export const MAX_STORIES_PER_TERM_SCANNED = 64;

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
  const spans = stories.map((list) => spanOf(list, input.startedAt));
  // Stories in order of their first unit, so each term's list is sorted in time and can be cut to a window.
  const order = stories.map((_, index) => index).sort((a, b) => spans[a]!.first - spans[b]!.first || a - b);
  const firsts = order.map((story) => spans[story]!.first);
  const postings = new Map<string, number[]>();
  order.forEach((story, rank) => {
    const terms = new Set<string>();
    for (const unit of stories[story]!) {
      storyOf.set(unit, story);
      for (const term of input.topTerms[unit]!) terms.add(term);
    }
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(rank);
      else postings.set(term, [rank]);
    }
  });
  const withoutSelf = (story: number, _unit: number, own: boolean) =>
    own ? members[story]!.size - 1 : members[story]!.size;
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
    const shared = new Map<number, number>();
    const at = input.startedAt[unit]!;
    for (const term of input.topTerms[unit]!.slice(0, LOOKUP_TERMS)) {
      for (const rank of nearestInTime(postings.get(term) ?? [], firsts, at, input.windowMs))
        shared.set(order[rank]!, (shared.get(order[rank]!) ?? 0) + 1);
    }
    for (const story of mostShared(shared)) {
      if (story === current || members[story]!.size === 0) continue;
      const score = scoreIn(story);
      if (score < input.threshold || score <= bestScore) continue;
      if (dot(input.content[unit]!, contents[story]!) / members[story]!.size < input.contentFloor) continue;
      if (
        input.windowMs !== null &&
        Math.max(spans[story]!.last, at) - Math.min(spans[story]!.first, at) > input.windowMs
      )
        continue;
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
    spans[best] = { first: Math.min(spans[best]!.first, at), last: Math.max(spans[best]!.last, at) };
  }
  return members.filter((set) => set.size > 0).map((set) => [...set].sort((a, b) => a - b));
}

function sumInto(list: readonly number[], vectors: readonly SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const unit of list) addInto(sum, vectors[unit]!);
  return sum;
}

/**
 * The ranks of `list` (sorted by their stories' first times) whose stories began within the window
 * around `at`, at most {@link MAX_STORIES_PER_TERM_SCANNED} of them, nearest to `at` first.
 */
function nearestInTime(
  list: readonly number[],
  firsts: readonly number[],
  at: number,
  windowMs: number | null,
): number[] {
  const low = windowMs === null ? 0 : lowerBound(list, firsts, at - windowMs);
  const high = windowMs === null ? list.length : lowerBound(list, firsts, at + windowMs + 1);
  if (high - low <= MAX_STORIES_PER_TERM_SCANNED) return list.slice(low, high);
  const result: number[] = [];
  let left = lowerBound(list, firsts, at) - 1;
  let right = left + 1;
  while (result.length < MAX_STORIES_PER_TERM_SCANNED && (left >= low || right < high)) {
    const takeLeft = right >= high || (left >= low && at - firsts[list[left]!]! <= firsts[list[right]!]! - at);
    result.push(list[takeLeft ? left-- : right++]!);
  }
  return result;
}

/** The first position in `list` whose story began at or after `time`. */
function lowerBound(list: readonly number[], firsts: readonly number[], time: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (firsts[list[middle]!]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}
