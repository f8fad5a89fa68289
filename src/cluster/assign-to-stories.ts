/**
 * @module cluster/assign-to-stories
 * Streaming story assignment: units arrive one at a time, in time order, and each joins the story it
 * fits best or starts a new one. Candidate stories come from an inverted index of their terms.
 */
import { addInto, dot, type SparseVector } from '../enrich/tfidf.js';
import { mostShared } from './most-shared.js';

/** What to assign: unit vectors (L2-normalised, in arrival order) and the rules for joining a story. */
export interface AssignInput {
  full: readonly SparseVector[];
  content: readonly SparseVector[];
  /** Each unit's heaviest terms, heaviest first (topTermsOf): what the indexes file it under. */
  topTerms: readonly (readonly string[])[];
  /** Epoch milliseconds of each unit's start; units must come in this order (oldest first). */
  startedAt: readonly number[];
  /** Join only a story whose average cosine with the unit is at least this. */
  threshold: number;
  /** ...and whose average cosine without proper nouns is at least this. */
  contentFloor: number;
  /** ...and whose first unit started at most this many ms before this one; null: no limit. */
  windowMs: number | null;
}

/**
 * Stories an index term may point at before the oldest are dropped from its list: a term that names
 * hundreds of stories ("government", "percent") separates none of them, and an unbounded list would
 * make each arrival's cost grow with the stream. 64 keeps every candidate that matters on ECB+ and
 * NeuS (the eval's scores are unchanged from 32 upward) while bounding the work per unit.
 */
export const MAX_STORIES_PER_TERM = 64;

/**
 * A unit looks for candidate stories under its heaviest terms only (it is filed under all of its
 * top terms). 10 gave the same ECB+ and NeuS `val` scores as 25, at half the streaming time.
 */
export const LOOKUP_TERMS = 10;

/** The rules a unit must pass to join a story (see {@link AssignInput}). */
export type JoinRules = Pick<AssignInput, 'threshold' | 'contentFloor' | 'windowMs'>;

/** A story as the join rules read it: the sums of its units' vectors, how many units, its first start. */
export interface JoinableStory {
  full: SparseVector;
  content: SparseVector;
  size: number;
  /** Epoch milliseconds of its first unit's start. */
  first: number;
}

/**
 * A unit's score against a story: the average cosine of its full vector with the story's units,
 * (v · Σ) / n; null when it fails a rule (the window, the threshold, or the content floor). The one
 * join rule of the stream, in memory here and against stored stories (assign-to-stored-stories).
 */
export function joinScore(
  unit: { full: SparseVector; content: SparseVector; startedAt: number },
  story: JoinableStory,
  rules: JoinRules,
): number | null {
  if (rules.windowMs !== null && unit.startedAt - story.first > rules.windowMs) return null;
  const score = dot(unit.full, story.full) / story.size;
  if (score < rules.threshold) return null;
  if (dot(unit.content, story.content) / story.size < rules.contentFloor) return null;
  return score;
}

interface OpenStory extends JoinableStory {
  members: number[];
}

/**
 * Groups of unit indexes, each in arrival order. A unit's score against a story is the average cosine
 * with the story's units, (v · Σ) / n, so a story is judged by all it holds, not by its latest member,
 * and a long story cannot drift. Ties go to the older story.
 */
export function assignToStories(input: AssignInput): number[][] {
  const stories: OpenStory[] = [];
  const postings = new Map<string, number[]>();
  input.full.forEach((vector, unit) => {
    const startedAt = input.startedAt[unit]!;
    const terms = input.topTerms[unit]!;
    let best = -1;
    let bestScore = -Infinity;
    const shared = new Map<number, number>();
    for (const term of terms.slice(0, LOOKUP_TERMS)) {
      for (const storyIndex of postings.get(term) ?? []) {
        const story = stories[storyIndex]!;
        if (input.windowMs !== null && startedAt - story.first > input.windowMs) continue;
        shared.set(storyIndex, (shared.get(storyIndex) ?? 0) + 1);
      }
    }
    // Out-of-window stories were left out of `shared` above.
    const scored = { full: vector, content: input.content[unit]!, startedAt };
    for (const storyIndex of mostShared(shared)) {
      const score = joinScore(scored, stories[storyIndex]!, input);
      if (score === null || score <= bestScore) continue;
      best = storyIndex;
      bestScore = score;
    }
    if (best < 0) {
      best = stories.length;
      stories.push({ members: [], full: new Map(), content: new Map(), first: startedAt, size: 0 });
    }
    const story = stories[best]!;
    story.members.push(unit);
    story.size += 1;
    addInto(story.full, vector);
    addInto(story.content, input.content[unit]!);
    for (const term of terms) {
      const list = postings.get(term);
      if (!list) postings.set(term, [best]);
      else if (list[list.length - 1] !== best) {
        list.push(best);
        if (list.length > MAX_STORIES_PER_TERM) list.shift();
      }
    }
  });
  return stories.map((story) => story.members);
}
