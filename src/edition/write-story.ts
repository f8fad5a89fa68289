/**
 * @module edition/write-story
 * One story from one cluster: weigh, time, write, verify, then state the method.
 */
import {
  citedRecordIds,
  recordDigest,
  recordTime,
  type DroppedSentence,
  type PublisherFamily,
  type RelatedStory,
  type SourceRecord,
  type Story,
  type StoryEvent,
} from '../model/index.js';
import type { StoryCluster } from '../cluster/story-cluster.js';
import type { FeaturesOf } from '../cluster/vectorize-units.js';
import { weighSources } from '../weigh/weigh-sources.js';
import { measureTiming } from '../weigh/measure-timing.js';
import { groupClaims } from '../weigh/group-claims.js';
import { findSyndicatedCopies } from '../weigh/find-syndicated-copies.js';
import { weighRecords, type EngagementBaseline } from '../weigh/weigh-records.js';
import type { EditorialModel } from '../synthesize/editorial-model.js';
import { buildMethodology } from '../synthesize/build-methodology.js';
import { verifyStory } from '../verify/verify-story.js';
import { storyFactsOf } from '../verify/verify-sentence.js';

/** One story written: the story, or null, and the sentences the verifier dropped. */
export interface WrittenStory {
  /** Null when nothing the verifier would publish is left: the story is not printed, its drops still count. */
  story: Story | null;
  drops: DroppedSentence[];
}

/** One story to write: its cluster, every record by id, its related stories and its log so far. */
export interface StoryAssignment {
  cluster: StoryCluster;
  recordsById: ReadonlyMap<string, SourceRecord>;
  related: RelatedStory[];
  /** The story's log from earlier editions, oldest first; empty for a new story. */
  history: StoryEvent[];
  /** Each venue's typical engagement over the edition's records (weigh/weigh-records). */
  baselines: ReadonlyMap<string, EngagementBaseline>;
  /** The publisher-family table: a family's outlets count as one independent source in every weight and claim. */
  families: readonly PublisherFamily[];
  editionId: string;
  /** The records' stored enrichments, read for the source weights' key terms instead of the texts; optional. */
  featuresOf?: FeaturesOf;
}

/**
 * Steps: (1) the cluster's records oldest first, less those that try to instruct (withheld from the
 * engine, cited by nothing, flagged in the audit); (2) source weights, who-said-it-first timing and claim groups;
 * (3) the engine drafts; (4) the verifier drops every sentence its sources do not support;
 * (5) the Methodology states counts, weights, engine and drops. The story is null when nothing survives.
 */
export async function writeStory(assignment: StoryAssignment, engine: EditorialModel): Promise<WrittenStory> {
  const { cluster, recordsById, related, history, baselines, families, editionId, featuresOf } = assignment;
  const records = cluster.recordIds
    .map((id) => recordsById.get(id))
    .filter((record): record is SourceRecord => record !== undefined)
    .sort(byTime);
  const storyRecords = new Map(records.map((record) => [record.id, record]));
  const facts = storyFactsOf(storyRecords);
  // Records that try to instruct are data for the audit, not material: the engine never reads them.
  const material = records.filter((record) => !facts.instructing.has(record.id));
  // Which records republish another venue's: read once, by weights, claims and record weights alike.
  const copies = findSyndicatedCopies(material);
  const input = {
    storyId: cluster.id,
    records: material,
    weights: weighSources(material, copies, families, featuresOf),
    timing: measureTiming(material),
    claims: groupClaims(material, copies, families),
    related,
    history,
  };
  const draft = await engine.writeStory(input);
  const verified = verifyStory(draft, storyRecords, undefined, facts);
  const drops = verified.drops.map((drop) => ({ ...drop, storyId: cluster.id }));
  if (verified.draft.sections.length === 0) return { story: null, drops };
  // The engine that actually wrote it: an LLM engine that fell back says so in the Methodology.
  const writer = draft.provenance ? { ...draft.provenance.engine, thresholds: engine.thresholds } : engine;
  const methodology = buildMethodology(input, writer, drops.length, draft.provenance);
  const story: Story = {
    id: cluster.id,
    editionId,
    ...verified.draft,
    related,
    methodology,
    timing: input.timing,
    claims: input.claims,
    recordWeights: weighRecords(material, input.claims, baselines, copies, families),
    recordIds: records.map((record) => record.id),
    // biome-ignore lint/complexity/useMathMinMax: ISO-8601 strings compare in time order; Math.max would coerce them to NaN
    updatedAt: records.reduce((latest, record) => (timeOf(record) > latest ? timeOf(record) : latest), ''),
    kindCounts: {
      press: records.filter((record) => record.kind === 'press').length,
      community: records.filter((record) => record.kind === 'community').length,
    },
    citedDigests: {},
    changelog: [],
  };
  story.citedDigests = Object.fromEntries(
    [...citedRecordIds(story)].map((id) => [id, recordDigest(storyRecords.get(id)!)]),
  );
  return { story, drops };
}

function timeOf(record: SourceRecord): string {
  return recordTime(record);
}

function byTime(a: SourceRecord, b: SourceRecord): number {
  return timeOf(a).localeCompare(timeOf(b)) || a.id.localeCompare(b.id);
}
