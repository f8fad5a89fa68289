/**
 * @module test-support/sample-edition
 * A small hand-written edition for tests of the web layer: two stories over nine records
 * (a Reddit thread with a reply chain, a Hacker News comment, Bluesky and Mastodon posts, press articles).
 * Invented names and events; not real-world data.
 */
import type { Edition, SourceRecord, Story } from '../model/index.js';
import { InMemoryRecordStore } from './in-memory-record-store.js';
import { sampleMemoryStory } from './sample-memory-story.js';
import { sampleOutageStory } from './sample-outage-story.js';
import { sampleRecords } from './sample-records.js';

/** The sample's records, stories and edition, freshly built on each call so tests may change them. */
export interface SampleEdition {
  edition: Edition;
  stories: Story[];
  records: SourceRecord[];
}

function countSentences(story: Story): number {
  return (
    2 +
    story.sections.reduce((sum, section) => sum + section.sentences.length, 0) +
    story.quotes.length +
    story.storySoFar.length +
    story.faq.reduce((sum, item) => sum + item.answer.length, 0)
  );
}

/** Builds the sample edition: story one on memory prices (Reddit first), story two on a fare-app outage (Bluesky first). */
export function sampleEdition(): SampleEdition {
  const r = sampleRecords();
  const editionId = 'edition-2026-11-24';
  const records = Object.values(r);
  const stories = [sampleMemoryStory(r, editionId), sampleOutageStory(r, editionId)];
  const edition: Edition = {
    id: editionId,
    createdAt: '2026-11-24T06:30:00.000Z',
    engine: { name: 'classical', version: '0.1.0' },
    storyIds: stories.map((story) => story.id),
    recordIds: records.map((record) => record.id),
    stats: {
      records: records.length,
      stories: stories.length,
      sentencesPublished: stories.reduce((sum, story) => sum + countSentences(story), 0),
      sentencesDropped: 1,
    },
    drops: [],
  };
  return { edition, stories, records };
}

/** An InMemoryRecordStore holding `sample` (default: a fresh sampleEdition()), with its call log emptied after seeding. */
export async function createSampleStore(sample: SampleEdition = sampleEdition()): Promise<InMemoryRecordStore> {
  const store = new InMemoryRecordStore();
  await store.upsertRecords(sample.records);
  await store.saveEdition(sample.edition, sample.stories);
  store.calls.length = 0;
  return store;
}
