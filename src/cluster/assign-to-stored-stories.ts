/**
 * @module cluster/assign-to-stored-stories
 * The stream kept in the store: a batch's units, oldest first, each join the stored (or newly
 * started) story the streaming rules pick, or start one. Returns only the stories the batch touched.
 */
import type { SparseVector } from '../enrich/tfidf.js';
import { addInto } from '../enrich/tfidf.js';
import type { StoredStory, StoredVector, StoryStateChange } from '../store/story-state.js';
import { joinScore, LOOKUP_TERMS, type JoinableStory, type JoinRules } from './assign-to-stories.js';
import { mostShared } from './most-shared.js';
import { storyIdFor } from './story-id.js';
import { topTermsOf } from './top-terms-of.js';

/**
 * Terms kept of a stored story's summed vectors, heaviest first. A story of 40 synthetic records
 * holds about 400 terms; the 256 heaviest carry all but a sliver of its weight, so a unit's average
 * cosine with it moves in the third decimal at most, and a stored row stays a few kilobytes.
 */
export const MAX_STORED_TERMS = 256;
/** Names kept per story, most frequent first: what relating and the front page read of it. */
export const MAX_STORY_NAMES = 10;

/** One unit of the batch: its records, vectors, index terms, start and names. */
export interface StreamUnit {
  /** Its anchor record's id: what a story it starts is named after (cluster/story-id). */
  anchorId: string;
  recordIds: string[];
  full: SparseVector;
  content: SparseVector;
  /** Its heaviest terms, heaviest first (topTermsOf): what it is filed under. */
  topTerms: string[];
  /** Epoch milliseconds. */
  startedAt: number;
  names: string[];
  /** The stored story its thread is already in, when it is: it joins that story whatever its score. */
  threadStoryId: string | null;
}

interface WorkingStory extends JoinableStory {
  stored: StoredStory | null;
  id: string;
  last: number;
  names: string[];
  terms: Set<string>;
  joined: string[];
  touched: boolean;
}

/**
 * Assigns `units` (oldest first) against `candidates` (stored stories filed under the units' terms
 * within the window) and the stories `threadStories` names, with the streaming rules. Candidates
 * come from shared index terms, ranked as the in-memory stream ranks them (most-shared).
 */
export function assignToStoredStories(
  units: readonly StreamUnit[],
  candidates: readonly StoredStory[],
  rules: JoinRules,
  now: string,
): StoryStateChange[] {
  // A story may be a candidate twice (filed under a unit's terms and named by its thread): once is enough.
  const stories: WorkingStory[] = [...new Map(candidates.map((story) => [story.id, story])).values()].map(toWorking);
  const byId = new Map(stories.map((story, index) => [story.id, index]));
  const postings = new Map<string, number[]>();
  const file = (term: string, index: number) => {
    const list = postings.get(term);
    if (!list) postings.set(term, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  stories.forEach((story, index) => {
    for (const term of topTermsOf(story.full)) file(term, index);
  });
  for (const unit of units) {
    let best = unit.threadStoryId !== null ? (byId.get(unit.threadStoryId) ?? -1) : -1;
    if (best < 0) {
      let bestScore = -Infinity;
      const shared = new Map<number, number>();
      for (const term of unit.topTerms.slice(0, LOOKUP_TERMS))
        for (const index of postings.get(term) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
      for (const index of mostShared(shared)) {
        const score = joinScore(unit, stories[index]!, rules);
        if (score === null || score <= bestScore) continue;
        best = index;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = stories.length;
      stories.push(newStory(storyIdFor(unit.anchorId), unit.startedAt));
      byId.set(stories[best]!.id, best);
    }
    const story = stories[best]!;
    addInto(story.full, unit.full);
    addInto(story.content, unit.content);
    story.size += 1;
    story.first = Math.min(story.first, unit.startedAt);
    story.last = Math.max(story.last, unit.startedAt);
    story.names = mergeNames(story.names, unit.names);
    story.joined.push(...unit.recordIds);
    story.touched = true;
    for (const term of unit.topTerms) {
      story.terms.add(term);
      file(term, best);
    }
  }
  return stories.filter((story) => story.touched).map((story) => toChange(story, now));
}

function toWorking(stored: StoredStory): WorkingStory {
  return {
    stored,
    id: stored.id,
    full: new Map(stored.full),
    content: new Map(stored.content),
    size: stored.units,
    first: Date.parse(stored.firstAt),
    last: Date.parse(stored.lastAt),
    names: stored.names,
    terms: new Set(),
    joined: [],
    touched: false,
  };
}

function newStory(id: string, startedAt: number): WorkingStory {
  return {
    stored: null,
    id,
    full: new Map(),
    content: new Map(),
    size: 0,
    first: startedAt,
    last: startedAt,
    names: [],
    terms: new Set(),
    joined: [],
    touched: false,
  };
}

function toChange(story: WorkingStory, now: string): StoryStateChange {
  return {
    story: {
      id: story.id,
      units: story.size,
      full: capped(story.full),
      content: capped(story.content),
      firstAt: new Date(story.first).toISOString(),
      lastAt: new Date(story.last).toISOString(),
      names: story.names,
      version: (story.stored?.version ?? 0) + 1,
      updatedAt: now,
    },
    terms: [...story.terms],
    recordIds: story.joined,
  };
}

/** The {@link MAX_STORED_TERMS} heaviest terms, heaviest first (ties by term). */
function capped(vector: SparseVector): StoredVector {
  return [...vector]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_STORED_TERMS)
    .map(([term, weight]) => [term, weight]);
}

function mergeNames(names: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...names, ...added])].slice(0, MAX_STORY_NAMES);
}
