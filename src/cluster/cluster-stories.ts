/**
 * @module cluster/cluster-stories
 * Groups source records into stories: threads move whole, stream into stories oldest first, then
 * stories that read alike merge.
 */
import type { SourceRecord } from '../model/index.js';
import type { StoryCluster } from './story-cluster.js';
import { byRecordTime, groupThreads, recordTime, type ThreadUnit } from './group-threads.js';
import { vectorizeUnits, type FeaturesOf } from './vectorize-units.js';
import { findCandidatePairs } from './find-candidate-pairs.js';
import { agglomerate } from './agglomerate.js';
import { assignToStories } from './assign-to-stories.js';
import { reassignUnits } from './reassign-units.js';
import { spanOf } from './span-of.js';
import { topTermsOf } from './top-terms-of.js';
import { addInto, normalize, type SparseVector } from '../enrich/tfidf.js';
import { storyIdFor } from './story-id.js';

/**
 * Average cosine a unit needs with a story to join it, and two stories need to merge. Chosen on NeuS
 * `val` (921 articles, 307 three-outlet stories): in the eval's stream order (scripts/eval/clustering.ts
 * prints the sweep) pairwise F1 is 0.708 at 0.2, 0.737–0.740 from 0.22 to 0.26 and 0.719 at 0.28;
 * 0.25 sits mid-plateau (0.756 in a second stream order). ECB+ and NeuS `test` are never tuned on
 * (docs/QUALITY.md). Up-weighting proper nouns ×1.5 scored 0.750 on `val` and 0.435 against 0.488
 * on `train`, so names weigh as any other term.
 */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.25;

/**
 * Terms in fewer records than this are left out of the vectors: a word one record alone uses links it
 * to nothing and only dilutes its similarity to everything else. On NeuS `val` at 0.25, 2 gives
 * pairwise F1 0.756 against 0.682 with every term kept (whose best, at 0.2, is 0.723), and 3 gives 0.731.
 */
export const DEFAULT_MIN_DOCUMENT_FREQUENCY = 2;

/**
 * Average-link cosine the groups must also reach with proper nouns removed, so that sharing a name
 * (the same company, the same city) is never enough: two stories must also share what they say.
 * On ECB+ a floor up to 0.1 changes no score (0.15 starts to cost recall), so 0.1 is free.
 */
export const DEFAULT_CONTENT_FLOOR = 0.1;

/**
 * Units whose start times lie further apart than this never share a story. A week holds every demo
 * storyline (each spans at most three days) and its follow-ups, while a company's next quarterly report
 * or a weekly column lands in a story of its own.
 */
export const DEFAULT_WINDOW_DAYS = 7;

/** Below this many units every pair is compared; above it, the inverted index picks candidates. */
export const EXACT_COMPARISON_BELOW_UNITS = 200;

const MS_PER_DAY = 86_400_000;

/** Tuning knobs for {@link clusterStories}; each defaults to the named constant. */
export interface ClusterOptions {
  /** Average-link cosine to merge; default {@link DEFAULT_SIMILARITY_THRESHOLD}. */
  threshold?: number;
  /** Average-link cosine without proper nouns; default {@link DEFAULT_CONTENT_FLOOR}. */
  contentFloor?: number;
  /** Time window in days; null disables it (for undated corpora). Default {@link DEFAULT_WINDOW_DAYS}. */
  windowDays?: number | null;
  /**
   * `streaming` (the default): units arrive oldest first and each joins its best story or starts one,
   * then stories that have come to read alike merge. `agglomerative`: every unit starts alone and the
   * closest pair merges first, seeing the whole collection at once (the offline baseline).
   */
  method?: 'streaming' | 'agglomerative';
  /** Terms in fewer records are dropped; default {@link DEFAULT_MIN_DOCUMENT_FREQUENCY}. */
  minDocumentFrequency?: number;
  /**
   * Each record's stored term counts and name evidence (its enrichment), so its text is not read
   * again; a record without is tokenised as usual. The clusters are the same with or without.
   */
  featuresOf?: FeaturesOf;
}

/**
 * Groups records into story clusters. Steps: (1) group records by thread into units, so replies go
 * with their thread and the root decides where it goes; (2) vectorise each unit (TF-IDF of root
 * title+text, replies at lower weight); (3) stream the units oldest first, each joining the story
 * whose average cosine with it is best and passes the threshold, the content floor and the time
 * window, else starting a story (candidates from an inverted index, never all pairs); (4) re-check
 * each unit once against the stories as they ended up; (5) merge stories that came to read alike, by
 * average link under the same rules; (6) name each cluster after its earliest root record and sort
 * clusters by size, then most recent record, then id. A cluster may hold a single record; see
 * {@link isPublishableCluster}. The result does not depend on the order of `records`: the stream
 * order is the records' own time order.
 */
export function clusterStories(records: readonly SourceRecord[], options: ClusterOptions = {}): StoryCluster[] {
  if (records.length === 0) return [];
  const units = groupThreads(records);
  const { full, content } = vectorizeUnits(units, {
    minDocumentFrequency: options.minDocumentFrequency ?? DEFAULT_MIN_DOCUMENT_FREQUENCY,
    ...(options.featuresOf ? { featuresOf: options.featuresOf } : {}),
  });
  const windowDays = options.windowDays === undefined ? DEFAULT_WINDOW_DAYS : options.windowDays;
  const rules = {
    full,
    content,
    topTerms: full.map((vector) => topTermsOf(vector)),
    startedAt: units.map((unit) => unit.startedAt),
    threshold: options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD,
    contentFloor: options.contentFloor ?? DEFAULT_CONTENT_FLOOR,
    windowMs: windowDays === null ? null : windowDays * MS_PER_DAY,
  };
  const streamed = options.method === 'agglomerative' ? undefined : assignToStories(rules);
  const initialGroups = streamed && reassignUnits(streamed, rules);
  const starts = initialGroups ?? full.map((_, index) => [index]);
  const startVectors = initialGroups ? initialGroups.map((members) => sumOf(members, full)) : full;
  const spans = starts.map((members) => spanOf(members, rules.startedAt));
  const windowMs = rules.windowMs;
  const withinWindow = (a: number, b: number) =>
    windowMs === null ||
    Math.max(spans[a]!.last, spans[b]!.last) - Math.min(spans[a]!.first, spans[b]!.first) <= windowMs;
  const groups = agglomerate({
    ...rules,
    initialGroups,
    candidatePairs: findCandidatePairs(startVectors, EXACT_COMPARISON_BELOW_UNITS, withinWindow),
  });
  return groups
    .map((members) => toCluster(members.map((index) => units[index]!)))
    .sort(bySizeThenRecency)
    .map(({ id, recordIds }) => ({ id, recordIds }));
}

/** The normalised sum of the members' vectors: what a group's candidates are found by. */
function sumOf(members: readonly number[], vectors: readonly SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const index of members) addInto(sum, vectors[index]!);
  return normalize(sum);
}

interface RankedCluster extends StoryCluster {
  latest: number;
}

function toCluster(units: ThreadUnit[]): RankedCluster {
  const earliestAnchor = units.map((unit) => unit.anchor).sort(byRecordTime)[0]!;
  const members = units.flatMap((unit) => (unit.root ? [unit.root, ...unit.replies] : unit.replies)).sort(byRecordTime);
  return {
    id: storyIdFor(earliestAnchor.id),
    recordIds: members.map((record) => record.id),
    latest: recordTime(members[members.length - 1]!),
  };
}

function bySizeThenRecency(a: RankedCluster, b: RankedCluster): number {
  return b.recordIds.length - a.recordIds.length || b.latest - a.latest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A story needs at least this many records to be written: fewer cannot show agreement or dispute. */
export const MIN_PUBLISHABLE_RECORDS = 3;
/** ...and at least this many distinct venues (venue, else platform): one venue alone is not a story. */
export const MIN_PUBLISHABLE_VENUES = 2;

/**
 * True when the cluster is worth writing: at least {@link MIN_PUBLISHABLE_RECORDS} known records
 * from at least {@link MIN_PUBLISHABLE_VENUES} distinct venues. Ids missing from `records` are ignored.
 */
export function isPublishableCluster(
  cluster: StoryCluster,
  records: ReadonlyMap<string, SourceRecord> | readonly SourceRecord[],
): boolean {
  const byId =
    records instanceof Map
      ? records
      : new Map((records as readonly SourceRecord[]).map((record) => [record.id, record]));
  const members = cluster.recordIds
    .map((id) => byId.get(id))
    .filter((record): record is SourceRecord => record !== undefined);
  const venues = new Set(members.map((record) => record.venue ?? record.platform));
  return members.length >= MIN_PUBLISHABLE_RECORDS && venues.size >= MIN_PUBLISHABLE_VENUES;
}
