/**
 * @module store/story-state
 * The stored state of the story stream (migration 0009): what a new record is scored against to join
 * a story without clustering every record again (cluster/assign-to-stored-stories).
 */

/** A sparse vector as stored: [term, weight] pairs, heaviest first. */
export type StoredVector = Array<[string, number]>;

/** One story of the stream as stored. */
export interface StoredStory {
  id: string;
  /** Thread units in the story: the n of its average cosine. */
  units: number;
  /** The sum of its units' full vectors (cluster/vectorize-units), capped to its heaviest terms. */
  full: StoredVector;
  /** The same sum without proper nouns. */
  content: StoredVector;
  /** ISO times of its first and last unit's start. */
  firstAt: string;
  lastAt: string;
  /** Its records' most frequent entity names, most frequent first. */
  names: string[];
  /** Grows by one each time records join; 1 for a new story. */
  version: number;
  updatedAt: string;
}

/** What one batch changed in one story: its new state, the index terms to add, the records that joined. */
export interface StoryStateChange {
  story: StoredStory;
  /** Index terms of the units that joined: the story is filed under them from now on. */
  terms: string[];
  recordIds: string[];
}

/** The stream's document frequencies, after a batch was counted in. */
export interface TermDocuments {
  /** Records counted so far. */
  documents: number;
  /** Documents holding each term asked about; a term never seen is absent. */
  frequencies: Map<string, number>;
}
