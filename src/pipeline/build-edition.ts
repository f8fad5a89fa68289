/**
 * @module pipeline/build-edition
 * Builds one immutable edition from every stored record and saves it; or, from a snapshot of its
 * inputs, builds the same edition again.
 */
import { createHash } from 'node:crypto';
import {
  EDITION_INPUTS_FORMAT,
  publishedSentences,
  type DroppedSentence,
  type EarlierStory,
  type Edition,
  type EditionInputs,
  type PublisherFamily,
  type RecordEnrichment,
  type RelatedStory,
  type SourceRecord,
  type Story,
  type StoryEvent,
} from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { clusterStories, isPublishableCluster } from '../cluster/cluster-stories.js';
import { relateStories } from '../cluster/relate-stories.js';
import { recordsInEditionWindow, selectEditionStories } from '../cluster/edition-window.js';
import { findStorylines } from '../cluster/find-storylines.js';
import { recordTime } from '../cluster/group-threads.js';
import { attachStorylines } from './attach-storylines.js';
import type { StoryCluster } from '../cluster/story-cluster.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { auditEdition } from './audit-edition.js';
import { noteCorrections } from './note-corrections.js';
import { logStoryChanges } from './log-story-changes.js';
import { keepStoryIds } from './keep-story-ids.js';
import { linkThreadReferences } from './link-thread-references.js';
import { writeStory } from './write-story.js';
import { engagementBaselines } from '../weigh/weigh-records.js';
import { enrichRecords } from '../enrich/enrich-records.js';

/** Related stories shown under "Continue reading" (the reference page shows five). */
export const MAX_RELATED_STORIES = 5;

export interface BuildDependencies {
  store: RecordStore;
  engine: EditorialModel;
  now: () => Date;
  /** The configured publisher families (config/); none when not given. Snapshotted in the inputs. */
  publisherFamilies?: readonly PublisherFamily[];
}

/** Called after each story is written. */
export type BuildProgress = (done: number, total: number) => void;

/** What one build produced: the edition, its stories, and its story-log entries. */
export interface BuiltEdition {
  edition: Edition;
  stories: Story[];
  events: StoryEvent[];
  /** Everything the build read, so `build --replay` can make it again byte for byte. */
  inputs: EditionInputs;
}

/**
 * Builds from every stored record and saves the edition with its story-log entries. The build reads
 * only its {@link EditionInputs} (the records, the previous edition's stories, the time, the
 * engine and the publisher families), so {@link composeEdition} can replay it from them without the
 * store. The stored enrichments of the window's records (computed at ingest; stale ones recomputed
 * here) spare the clustering from re-reading every text.
 */
export async function buildEdition(
  dependencies: BuildDependencies,
  onProgress: BuildProgress = () => {},
): Promise<BuiltEdition> {
  const { store, engine, now } = dependencies;
  const records = await store.listRecords();
  const createdAt = now().toISOString();
  const previousEdition = await store.latestEdition();
  const previousStories = previousEdition ? await store.storiesOfEdition(previousEdition.id) : [];
  const inputs: EditionInputs = {
    format: EDITION_INPUTS_FORMAT,
    editionId: editionIdFor(createdAt, records),
    createdAt,
    engine: { name: engine.name, version: engine.version, thresholds: engine.thresholds },
    previousEditionId: previousEdition?.id ?? null,
    records,
    previousStories,
    storyLog: (await Promise.all(previousStories.map((story) => store.storyEvents(story.id)))).flat(),
    publisherFamilies: (dependencies.publisherFamilies ?? []).map((family) => ({
      name: family.name,
      venues: [...family.venues],
      hosts: [...family.hosts],
    })),
  };
  // composeEdition's steps, with the window's records found once and their stored enrichments read.
  const windowed = editionRecords(inputs);
  const grouped = groupEditionStories(windowed, await enrichRecords(store, windowed));
  const earlierStories = await earlierStoriesOf(store, grouped.clusters, previousStories);
  inputs.earlierStories = earlierStories;
  inputs.storyLog.push(...(await Promise.all(earlierStories.map(({ story }) => store.storyEvents(story.id)))).flat());
  const built = await writeEdition(inputs, grouped, engine, onProgress);
  await store.saveEdition(built.edition, built.stories, built.events);
  return built;
}

/**
 * The stories of this edition's clusters that the previous edition lacks but an earlier one
 * published (they left the edition window and came back), as last published, with that edition's time.
 */
async function earlierStoriesOf(
  store: RecordStore,
  clusters: readonly StoryCluster[],
  previousStories: readonly Story[],
): Promise<EarlierStory[]> {
  const previousIds = new Set(previousStories.map((story) => story.id));
  const found = await Promise.all(
    clusters.filter((cluster) => !previousIds.has(cluster.id)).map((cluster) => store.storyById(cluster.id)),
  );
  const earlier: EarlierStory[] = [];
  for (const story of found) {
    const edition = story ? await store.editionById(story.editionId) : null;
    if (story && edition) earlier.push({ story, publishedAt: edition.createdAt });
  }
  return earlier;
}

/**
 * Steps: (1) repair thread links and keep the threads of the edition's window; (2) group them into
 * stories and pick the publishable ones still active, largest first, each keeping its previous id
 * when an older record joined it (keep-story-ids); (3) relate them; (4) write and
 * verify each, noting in its changelog any cited record corrected since the previous edition;
 * (5) fill related headlines and storylines; (6) audit it (drops per layer, citations, injection attempts in the
 * sources); (7) log each story's changes since the previous edition (created, returned after editions
 * without it, records added, merged, split, headline changed). Reads nothing but `inputs`, the engine and, when given, the records'
 * enrichments. A replay passes none: enrichRecord is a pure function of a record's words, so the
 * clustering recomputes the same terms and names from the records and the edition comes out the same.
 */
export async function composeEdition(
  inputs: EditionInputs,
  engine: EditorialModel,
  onProgress: BuildProgress = () => {},
  enrichments?: ReadonlyMap<string, RecordEnrichment>,
): Promise<BuiltEdition> {
  return writeEdition(inputs, groupEditionStories(editionRecords(inputs), enrichments), engine, onProgress);
}

/** Steps (1) and (2) of {@link composeEdition}: the edition's records and the stories it will write. */
export interface EditionStories {
  records: SourceRecord[];
  clusters: StoryCluster[];
  /** The records' stored enrichments by id, when read: relateStories names stories by their stored entities (else finds them). */
  enrichments?: ReadonlyMap<string, RecordEnrichment>;
}

/** The records an edition clusters: thread links repaired, then the edition window's threads. */
export function editionRecords(inputs: EditionInputs): SourceRecord[] {
  return recordsInEditionWindow(linkThreadReferences(inputs.records));
}

/** Step (2), over {@link editionRecords}; `enrichments` (by record id) stand in for the texts where given, here and in the weighing. */
export function groupEditionStories(
  records: SourceRecord[],
  enrichments?: ReadonlyMap<string, RecordEnrichment>,
): EditionStories {
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const options = enrichments ? { featuresOf: (record: SourceRecord) => enrichments.get(record.id) } : {};
  const clusters = selectEditionStories(
    clusterStories(records, options).filter((cluster) => isPublishableCluster(cluster, recordsById)),
    recordsById,
  );
  return enrichments ? { records, clusters, enrichments } : { records, clusters };
}

/** Steps (3) to (7) of {@link composeEdition}, from the stories {@link groupEditionStories} chose. */
export async function writeEdition(
  inputs: EditionInputs,
  grouped: EditionStories,
  engine: EditorialModel,
  onProgress: BuildProgress = () => {},
): Promise<BuiltEdition> {
  const { editionId, createdAt } = inputs;
  const { records, enrichments } = grouped;
  const featuresOf = enrichments ? (record: SourceRecord) => enrichments.get(record.id) : undefined;
  const { clusters, kept } = keepStoryIds(grouped.clusters, inputs.previousStories);
  const recordsById = new Map(records.map((record) => [record.id, record]));
  // Stored entities where read, else found afresh: a replay from the inputs alone relates the same stories.
  const relations = relateStories(clusters, records, {
    entitiesOf: (record) => enrichments?.get(record.id)?.entities,
    ...(featuresOf ? { featuresOf } : {}),
  });
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
  const storylines = findStorylines(clusters, relations, startTimes(clusters, recordsById));
  const published = attachStorylines(fillRelatedHeadlines(stories), storylines);
  const edition: Edition = {
    id: editionId,
    createdAt,
    engine: { name: engine.name, version: engine.version },
    storyIds: published.map((story) => story.id),
    recordIds: records.map((record) => record.id),
    stats: {
      records: records.length,
      stories: published.length,
      sentencesPublished: published.reduce((sum, story) => sum + countSentences(story), 0),
      sentencesDropped: drops.length,
    },
    drops,
    audit: auditEdition(records, published, drops),
  };
  const events = logStoryChanges(inputs.previousStories, published, edition, {
    earlier: inputs.earlierStories ?? [],
    keptIds: newlyKept(kept, inputs.storyLog),
  });
  return { edition, stories: published, events, inputs };
}

/** The kept ids whose story's log does not yet say so (a story keeps its id build after build; the log says it once). */
function newlyKept(kept: ReadonlyMap<string, string>, storyLog: readonly StoryEvent[]): Map<string, string> {
  const said = new Set(
    storyLog.flatMap((event) => event.relatedStoryIds.map((related) => `${event.storyId} ${related}`)),
  );
  return new Map([...kept].filter(([id, natural]) => !said.has(`${id} ${natural}`)));
}

/** Each cluster's earliest record time, epoch ms: the order of a storyline's stories. */
function startTimes(
  clusters: readonly StoryCluster[],
  recordsById: ReadonlyMap<string, SourceRecord>,
): Map<string, number> {
  return new Map(
    clusters.map((cluster) => {
      let first = Infinity;
      for (const id of cluster.recordIds) {
        const record = recordsById.get(id);
        if (record) first = Math.min(first, recordTime(record));
      }
      return [cluster.id, first];
    }),
  );
}

/** Related entries get the related story's published headline and dek; links to unpublished stories go. */
function fillRelatedHeadlines(stories: Story[]): Story[] {
  const byId = new Map(stories.map((story) => [story.id, story]));
  return stories.map((story) => ({
    ...story,
    related: story.related
      .filter((entry) => byId.has(entry.storyId))
      .map((entry) => ({
        ...entry,
        headline: byId.get(entry.storyId)!.headline.text,
        dek: byId.get(entry.storyId)!.dek.text,
      })),
  }));
}

/** Every sentence a reader sees with citations: headline, dek, sections, quotes, story so far, FAQ answers. */
export function countSentences(story: Story): number {
  return publishedSentences(story).length;
}

/**
 * `ed-20261125-140501123-<6 hex of the record set>`: sortable by time to the millisecond (two builds
 * in one second, as a script or a test makes them, get distinct ids), distinct per input.
 */
function editionIdFor(createdAt: string, records: SourceRecord[]): string {
  const stamp = createdAt.replace(/[-:.]/g, '').replace('T', '-').slice(0, 18);
  const digest = createHash('sha256')
    .update(
      records
        .map((record) => record.id)
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 6);
  return `ed-${stamp}-${digest}`;
}
