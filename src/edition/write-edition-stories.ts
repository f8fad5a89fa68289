/**
 * @module edition/write-edition-stories
 * Writes an edition's stories one by one, each with its related stories, its log so far and a
 * changelog entry when a record it cited changed since the previous edition.
 */
import type { DroppedSentence, EditionInputs, RelatedStory, SourceRecord, Story } from '../model/index.js';
import type { ClusterRelation, StoryCluster } from '../cluster/story-cluster.js';
import type { FeaturesOf } from '../cluster/vectorize-units.js';
import { engagementBaselines } from '../weigh/weigh-records.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { noteCorrections } from './note-corrections.js';
import { writeStory } from './write-story.js';

/** Related stories shown under "Continue reading" (the reference page shows five). */
export const MAX_RELATED_STORIES = 5;

/** Called after each story is written: stories written (published) so far, stories to write. */
export type BuildProgress = (done: number, total: number) => void;

/** The stories to write and what they are written from. */
export interface EditionDraft {
  /** The edition's stories, with the ids they will be published under (edition/keep-story-ids). */
  clusters: readonly StoryCluster[];
  /** The edition's records (cluster/edition-records). */
  records: readonly SourceRecord[];
  /** The relations between the clusters, best first (cluster/relate-edition-stories). */
  relations: readonly ClusterRelation[];
  /** Stored features for the source weights' key terms; absent, the texts are read. */
  featuresOf?: FeaturesOf | undefined;
}

/** What writing produced: the stories that survived verification, and every sentence dropped. */
export interface WrittenStories {
  stories: Story[];
  drops: DroppedSentence[];
}

/**
 * Writes each cluster in order (edition/write-story), its related entries the first
 * {@link MAX_RELATED_STORIES} relations from it (headlines filled once all are written), and notes
 * corrections against the same story in `inputs.previousStories`. Yields to the event loop between
 * stories. A story with nothing left to publish is left out; its drops still count.
 */
export async function writeEditionStories(
  inputs: EditionInputs,
  draft: EditionDraft,
  engine: EditorialModel,
  onProgress: BuildProgress,
): Promise<WrittenStories> {
  const { editionId, createdAt } = inputs;
  const { clusters, records, relations, featuresOf } = draft;
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const previousStories = new Map(inputs.previousStories.map((story) => [story.id, story]));
  const baselines = engagementBaselines(records, createdAt);
  const stories: Story[] = [];
  const drops: DroppedSentence[] = [];
  for (const cluster of clusters) {
    const related: RelatedStory[] = relations
      .filter((relation) => relation.from === cluster.id)
      .slice(0, MAX_RELATED_STORIES)
      .map((relation) => ({
        storyId: relation.to,
        relation: relation.relation,
        score: relation.score,
        headline: '',
        dek: '',
      }));
    const history = inputs.storyLog.filter((event) => event.storyId === cluster.id);
    const written = await writeStory(
      {
        cluster,
        recordsById,
        related,
        history,
        baselines,
        families: inputs.publisherFamilies ?? [],
        editionId,
        featuresOf,
      },
      engine,
    );
    drops.push(...written.drops);
    if (written.story)
      stories.push(
        noteCorrections(written.story, previousStories.get(written.story.id), recordsById, {
          id: editionId,
          createdAt,
        }),
      );
    onProgress(stories.length, clusters.length);
    // Let timers and I/O run between stories: a server or a progress bar sharing the process stays alive.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { stories, drops };
}
