/**
 * @module cluster/edition-window
 * Which records and stories an edition covers: the stories still moving in the last weeks of the
 * stream, and only as many as a front page can carry. Older stories keep the text an earlier
 * edition published for them.
 */
import type { SourceRecord } from '../model/index.js';
import type { StoryCluster } from './story-cluster.js';
import { groupThreads, recordTime } from './group-threads.js';
import { DEFAULT_WINDOW_DAYS } from './cluster-stories.js';

/**
 * A story is in the edition when its newest record is at most this many days older than the
 * newest record of all. 30 holds the demo corpus (a month of storylines, 27 Oct to 25 Nov) and a
 * month is what a beat's front page looks back over; a live install builds far more often.
 */
export const EDITION_ACTIVE_DAYS = 30;

/**
 * Stories written per edition, the largest first. A front page of more than a few hundred stories
 * serves no reader, and each story costs its writing and verification (about 35 ms each on this
 * machine, scripts/bench scale), so an edition of a long, busy stream stays a bounded build.
 */
export const MAX_EDITION_STORIES = 200;

const MS_PER_DAY = 86_400_000;

/**
 * The records an edition clusters: every thread with a record within {@link EDITION_ACTIVE_DAYS}
 * plus two story windows of the newest record (the margin lets a story that is still active keep
 * the records it began with, and so its id). A thread is kept or left whole.
 */
export function recordsInEditionWindow(records: readonly SourceRecord[]): SourceRecord[] {
  if (records.length === 0) return [];
  let newest = -Infinity;
  for (const record of records) newest = Math.max(newest, recordTime(record));
  const since = newest - (EDITION_ACTIVE_DAYS + 2 * DEFAULT_WINDOW_DAYS) * MS_PER_DAY;
  const kept = new Set<string>();
  for (const unit of groupThreads(records)) {
    const members = unit.root ? [unit.root, ...unit.replies] : unit.replies;
    if (members.some((record) => recordTime(record) >= since)) for (const record of members) kept.add(record.id);
  }
  return records.filter((record) => kept.has(record.id));
}

/**
 * The clusters an edition writes, in the order given (largest first): those whose newest record is
 * within {@link EDITION_ACTIVE_DAYS} of the newest record of all, at most {@link MAX_EDITION_STORIES}.
 */
export function selectEditionStories(
  clusters: readonly StoryCluster[],
  recordsById: ReadonlyMap<string, SourceRecord>,
): StoryCluster[] {
  const latestOf = (cluster: StoryCluster) => {
    let latest = -Infinity;
    for (const id of cluster.recordIds) {
      const record = recordsById.get(id);
      if (record) latest = Math.max(latest, recordTime(record));
    }
    return latest;
  };
  let newest = -Infinity;
  for (const record of recordsById.values()) newest = Math.max(newest, recordTime(record));
  const since = newest - EDITION_ACTIVE_DAYS * MS_PER_DAY;
  return clusters.filter((cluster) => latestOf(cluster) >= since).slice(0, MAX_EDITION_STORIES);
}
