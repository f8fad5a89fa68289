/**
 * @module pipeline/build-edition
 * Builds one immutable edition from every stored record and saves it.
 */
import { createHash } from 'node:crypto';
import { publishedSentences, type Edition, type RelatedStory, type SourceRecord, type Story, type DroppedSentence } from '../model/index.js';
import type { RecordStore } from '../store/record-store.js';
import { clusterStories, isPublishableCluster } from '../cluster/cluster-stories.js';
import { relateStories } from '../cluster/relate-stories.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { auditEdition } from './audit-edition.js';
import { noteCorrections } from './note-corrections.js';
import { logStoryChanges } from './log-story-changes.js';
import { linkThreadReferences } from './link-thread-references.js';
import { writeStory } from './write-story.js';

/** Related stories shown under "Continue reading" (the reference page shows five). */
export const MAX_RELATED_STORIES = 5;

export interface BuildDependencies {
  store: RecordStore;
  engine: EditorialModel;
  now: () => Date;
}

/** Called after each story is written. */
export type BuildProgress = (done: number, total: number) => void;

/**
 * Steps: (1) load records and repair thread links; (2) group them into stories; (3) keep the
 * publishable ones and relate them; (4) write and verify each, noting in its changelog any cited
 * record corrected since the previous edition; (5) fill related headlines;
 * (6) audit it (drops per layer, citations, injection attempts in the sources); (7) save it with each
 * story's log entries since the previous edition (created, records added, merged, split, headline changed).
 */
export async function buildEdition(dependencies: BuildDependencies, onProgress: BuildProgress = () => {}): Promise<{ edition: Edition; stories: Story[] }> {
  const { store, engine, now } = dependencies;
  const records = linkThreadReferences(await store.listRecords());
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const clusters = clusterStories(records).filter((cluster) => isPublishableCluster(cluster, recordsById));
  const relations = relateStories(clusters, records);
  const createdAt = now().toISOString();
  const editionId = editionIdFor(createdAt, records);
  const previousEdition = await store.latestEdition();
  const previousStories = new Map((previousEdition ? await store.storiesOfEdition(previousEdition.id) : []).map((story) => [story.id, story]));

  const stories: Story[] = [];
  const drops: DroppedSentence[] = [];
  for (const cluster of clusters) {
    const related: RelatedStory[] = relations
      .filter((relation) => relation.from === cluster.id)
      .slice(0, MAX_RELATED_STORIES)
      .map((relation) => ({ storyId: relation.to, relation: relation.relation, score: relation.score, headline: '', dek: '' }));
    const written = await writeStory(cluster, recordsById, related, engine, editionId);
    drops.push(...written.drops);
    if (written.story) stories.push(noteCorrections(written.story, previousStories.get(written.story.id), recordsById, { id: editionId, createdAt }));
    onProgress(stories.length, clusters.length);
  }
  const published = fillRelatedHeadlines(stories);
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
  await store.saveEdition(edition, published, logStoryChanges([...previousStories.values()], published, edition));
  return { edition, stories: published };
}

/** Related entries get the related story's published headline and dek; links to unpublished stories go. */
function fillRelatedHeadlines(stories: Story[]): Story[] {
  const byId = new Map(stories.map((story) => [story.id, story]));
  return stories.map((story) => ({
    ...story,
    related: story.related
      .filter((entry) => byId.has(entry.storyId))
      .map((entry) => ({ ...entry, headline: byId.get(entry.storyId)!.headline.text, dek: byId.get(entry.storyId)!.dek.text })),
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
  const digest = createHash('sha256').update(records.map((record) => record.id).sort().join('\n')).digest('hex').slice(0, 6);
  return `ed-${stamp}-${digest}`;
}
