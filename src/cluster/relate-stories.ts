/**
 * @module cluster/relate-stories
 * Links each story to its nearest others: similar, a later follow-up, or the same entity in other news.
 */
import type { EntityMention, SourceRecord } from '../model/index.js';
import { addInto, cosine, normalize, type SparseVector } from '../enrich/tfidf.js';
import { tokenize } from '../enrich/tokenize.js';
import { buildGazetteer } from '../enrich/build-gazetteer.js';
import { findEntities } from '../enrich/find-entities.js';
import type { ClusterRelation, StoryCluster } from './story-cluster.js';
import { groupThreads, recordTime } from './group-threads.js';
import { vectorizeUnits, type FeaturesOf } from './vectorize-units.js';

/**
 * Centroid cosine below which two stories are unrelated (unless they share an entity). Measured on the
 * demo corpus: centroids of unrelated storylines (rail cuts, a satellite, a council vote) score 0.05–0.09.
 */
export const RELATED_SIMILARITY_FLOOR = 0.1;
/**
 * Centroid cosine from which a later story is a follow-up, and below which stories that share a name
 * are "same entity" rather than "similar". Below the clustering threshold (0.25 between units): close,
 * but not one story; the demo's two Kestrel stories (dispute, earnings) score 0.09.
 */
export const FOLLOW_UP_SIMILARITY = 0.15;
/**
 * A close story that began at least this long before is `background`: a week, the clustering window
 * (cluster-stories DEFAULT_WINDOW_DAYS), so it was over before this one started.
 */
export const BACKGROUND_MIN_GAP_MS = 7 * 86_400_000;
/** Related stories kept per story, best first (the story page shows five). */
export const RELATED_PER_STORY = 5;
/** Capitalised calendar words are names to the detector but identify no entity. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** A record's stored entity phrases (its enrichment's `entities`), or undefined to find them in its text. */
export type EntitiesOf = (record: SourceRecord) => readonly EntityMention[] | undefined;

/** Options of {@link relateStories}. */
export interface RelateStoriesOptions {
  /**
   * Stored entities to name stories by. With it, a story's names are the gazetteer entries
   * (enrich/build-gazetteer, over the stories' records) of the phrases in its records' titles; a
   * record it has none for is read with findEntities. Without it, the title words that are proper
   * nouns in the collection (vectorizeUnits' properNouns), as before stored entities existed.
   */
  entitiesOf?: EntitiesOf;
  /** Stored term counts to build the centroids from (as clusterStories' `featuresOf`); the same centroids either way. */
  featuresOf?: FeaturesOf;
}

interface Profile {
  cluster: StoryCluster;
  centroid: SparseVector;
  entities: Set<string>;
  startedAt: number;
}

/**
 * For each cluster, up to {@link RELATED_PER_STORY} relations to other clusters, in cluster order and
 * then by score (centroid cosine, rounded to 0.001) descending. The relation is `follow-up` when the
 * other story starts later and the cosine is at least {@link FOLLOW_UP_SIMILARITY}; `background` when
 * it started at least {@link BACKGROUND_MIN_GAP_MS} earlier at that cosine; `same-entity` when
 * they share a salient name (an entity in their records' titles, see {@link RelateStoriesOptions}) and
 * the cosine is below that;
 * otherwise `similar` when the cosine reaches {@link RELATED_SIMILARITY_FLOOR}.
 */
export function relateStories(
  clusters: readonly StoryCluster[],
  records: readonly SourceRecord[],
  options: RelateStoriesOptions = {},
): ClusterRelation[] {
  const profiles = profilesOf(clusters, records, options);
  const relations: ClusterRelation[] = [];
  for (const from of profiles) {
    const candidates: ClusterRelation[] = [];
    for (const to of profiles) {
      if (to === from) continue;
      const score = Math.round(cosine(from.centroid, to.centroid) * 1000) / 1000;
      const sharesEntity = [...from.entities].some((entity) => to.entities.has(entity));
      const relation =
        to.startedAt > from.startedAt && score >= FOLLOW_UP_SIMILARITY
          ? 'follow-up'
          : from.startedAt - to.startedAt >= BACKGROUND_MIN_GAP_MS && score >= FOLLOW_UP_SIMILARITY
            ? 'background'
            : sharesEntity && score < FOLLOW_UP_SIMILARITY
              ? 'same-entity'
              : score >= RELATED_SIMILARITY_FLOOR
                ? 'similar'
                : null;
      if (relation) candidates.push({ from: from.cluster.id, to: to.cluster.id, relation, score });
    }
    candidates.sort((a, b) => b.score - a.score || (a.to < b.to ? -1 : 1));
    relations.push(...candidates.slice(0, RELATED_PER_STORY));
  }
  return relations;
}

function profilesOf(
  clusters: readonly StoryCluster[],
  records: readonly SourceRecord[],
  { entitiesOf, featuresOf }: RelateStoriesOptions,
): Profile[] {
  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    for (const id of cluster.recordIds) clusterOf.set(id, index);
  });
  const members = records.filter((record) => clusterOf.has(record.id));
  const units = groupThreads(members);
  const { full, properNouns } = vectorizeUnits(units, featuresOf ? { featuresOf } : {});
  const centroids = clusters.map((): SparseVector => new Map());
  units.forEach((unit, index) => {
    addInto(centroids[clusterOf.get(unit.anchor.id)!]!, full[index]!);
  });
  const profiles = clusters.map((cluster, index) => ({
    cluster,
    centroid: normalize(centroids[index]!),
    entities: new Set<string>(),
    startedAt: Infinity,
  }));
  for (const record of members) {
    const profile = profiles[clusterOf.get(record.id)!]!;
    profile.startedAt = Math.min(profile.startedAt, recordTime(record));
  }
  if (entitiesOf) addStoredEntities(profiles, members, clusterOf, entitiesOf);
  else addTitleNames(profiles, members, clusterOf, properNouns);
  return profiles;
}

/** Each story's title entities, named by their gazetteer entry so "Kestrel" and "Kestrel Semiconductor" meet. */
function addStoredEntities(
  profiles: Profile[],
  members: readonly SourceRecord[],
  clusterOf: Map<string, number>,
  entitiesOf: EntitiesOf,
): void {
  const mentions = members.map((record) => entitiesOf(record) ?? findEntities(record));
  const gazetteer = buildGazetteer(mentions);
  members.forEach((record, index) => {
    const profile = profiles[clusterOf.get(record.id)!]!;
    for (const mention of mentions[index]!) {
      if (mention.inTitle > 0) profile.entities.add(gazetteer.entryOf(mention.text)!.key);
    }
  });
}

/** Each story's title words that are proper nouns in the collection (the build-time fallback). */
function addTitleNames(
  profiles: Profile[],
  members: readonly SourceRecord[],
  clusterOf: Map<string, number>,
  properNouns: ReadonlySet<string>,
): void {
  for (const record of members) {
    const profile = profiles[clusterOf.get(record.id)!]!;
    for (const term of tokenize(record.title ?? '')) {
      if (properNouns.has(term) && !CALENDAR_WORDS.has(term)) profile.entities.add(term);
    }
  }
}
