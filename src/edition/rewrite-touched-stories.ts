/**
 * @module edition/rewrite-touched-stories
 * The stories a batch of records touched, written again (weighed, drafted, verified) as the full
 * build writes each, and the edition that publishes them beside every other story unchanged.
 */
import type { DroppedSentence, Edition, PublisherFamily, SourceRecord, Story, StoryEvent } from '../model/index.js';
import { isPublishableCluster } from '../cluster/cluster-stories.js';
import { EDITION_ACTIVE_DAYS, MAX_EDITION_STORIES } from '../cluster/edition-window.js';
import type { StoryCluster } from '../cluster/story-cluster.js';
import type { FeaturesOf } from '../cluster/vectorize-units.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { engagementBaselines } from '../weigh/weigh-records.js';
import { assembleEdition } from './assemble-edition.js';
import { editionIdFor } from './edition-id-for.js';
import { logStoryChanges } from './log-story-changes.js';
import { noteCorrections } from './note-corrections.js';
import { writeStory } from './write-story.js';

const MS_PER_DAY = 86_400_000;

/** What rewriting needs: the touched stories, their records, the edition they replace stories in. */
export interface TouchedStories {
  /** Each touched story that makes the front page (see {@link frontPage}), with every record it now holds. */
  clusters: readonly StoryCluster[];
  /** Those records, by id. */
  recordsById: ReadonlyMap<string, SourceRecord>;
  /** The latest edition and its stories; null before the first. */
  previous: { edition: Edition; stories: readonly Story[] } | null;
  /** Each touched story's log so far, by story id. */
  histories: ReadonlyMap<string, StoryEvent[]>;
  publisherFamilies: readonly PublisherFamily[];
  featuresOf?: FeaturesOf;
  createdAt: string;
}

/** The new edition, the stories written for it (the rest it references unchanged), and its log entries. */
export interface RewrittenEdition {
  edition: Edition;
  written: Story[];
  events: StoryEvent[];
}

/**
 * Steps: (1) write each publishable touched story given (edition/write-story), its related stories kept
 * from its previous version, noting corrections against it; (2) the front page: the previous
 * edition's stories with the rewritten ones in their place, active within {@link EDITION_ACTIVE_DAYS}
 * of the newest, largest first, then most recent, at most {@link MAX_EDITION_STORIES}, as a full build
 * orders them; (3) the edition, its counts over every story it lists; (4) the log entries of the
 * rewritten stories against their previous versions. Null when no touched story is publishable.
 */
export async function rewriteTouchedStories(
  touched: TouchedStories,
  engine: EditorialModel,
): Promise<RewrittenEdition | null> {
  const { recordsById, previous, histories, createdAt } = touched;
  const previousStories = previous?.stories ?? [];
  const toWrite = touched.clusters.filter((cluster) => isPublishableCluster(cluster, recordsById));
  if (toWrite.length === 0) return null;
  const editionId = editionIdFor(createdAt, [...recordsById.values()]);
  const previousById = new Map(previousStories.map((story) => [story.id, story]));
  const baselines = engagementBaselines([...recordsById.values()], createdAt);
  const written: Story[] = [];
  const drops: DroppedSentence[] = [];
  for (const cluster of toWrite) {
    const before = previousById.get(cluster.id);
    const story = await writeStory(
      {
        cluster,
        recordsById,
        related: before?.related ?? [],
        history: histories.get(cluster.id) ?? [],
        baselines,
        families: touched.publisherFamilies,
        editionId,
        ...(touched.featuresOf ? { featuresOf: touched.featuresOf } : {}),
      },
      engine,
    );
    drops.push(...story.drops);
    if (story.story) written.push(noteCorrections(story.story, before, recordsById, { id: editionId, createdAt }));
  }
  const writtenIds = new Set(written.map((story) => story.id));
  const stories = frontPage([...written, ...previousStories.filter((story) => !writtenIds.has(story.id))]);
  const edition = assembleEdition({ editionId, createdAt }, engine, [...recordsById.values()], stories, drops);
  edition.recordIds = [...new Set(stories.flatMap((story) => story.recordIds))];
  edition.stats.records = edition.recordIds.length;
  const listed = new Set(edition.storyIds);
  const kept = written.filter((story) => listed.has(story.id));
  const replaced = previousStories.filter((story) => writtenIds.has(story.id));
  return { edition, written: kept, events: logStoryChanges(replaced, kept, { id: editionId, createdAt }) };
}

/** What the front page ranks a story by. */
export interface Ranked {
  id: string;
  recordIds: readonly string[];
  updatedAt: string;
}

/** One entry per story (the first given wins), active ones, largest first, then most recent, then id. */
export function frontPage<T extends Ranked>(stories: readonly T[]): T[] {
  const unique = [...new Map([...stories].reverse().map((story) => [story.id, story])).values()];
  const newest = Math.max(...unique.map((story) => Date.parse(story.updatedAt)));
  const since = newest - EDITION_ACTIVE_DAYS * MS_PER_DAY;
  return unique
    .filter((story) => Date.parse(story.updatedAt) >= since)
    .sort(
      (a, b) =>
        b.recordIds.length - a.recordIds.length ||
        Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, MAX_EDITION_STORIES);
}
