import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../model/index.js';
import { inputFor, larkBatteryRecords } from './__fixtures__/lark-battery-story.js';
import { analyseStory } from './story-context.js';
import { DEFAULT_CLASSICAL_THRESHOLDS } from './create-classical-engine.js';
import { MAX_STORY_SO_FAR, writeStorySoFar } from './write-story-so-far.js';

const timeOfCited = (records: ReturnType<typeof larkBatteryRecords>, id: string) =>
  records.find((record) => record.id === id)!.publishedAt!;

describe('writeStorySoFar', () => {
  it('tells a new story in time order: the first voice, the other side answering, the latest report', () => {
    const records = larkBatteryRecords();
    const sentences = writeStorySoFar(analyseStory(inputFor('s', records), DEFAULT_CLASSICAL_THRESHOLDS));
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(MAX_STORY_SO_FAR);
    const cited = sentences.map((sentence) => sentence.citations[0]!);
    expect(new Set(cited).size).toBe(cited.length);
    expect(cited[0]).toBe(records[0]!.id);
    const times = cited.map((id) => timeOfCited(records, id));
    expect([...times].sort()).toEqual(times);
    for (const sentence of sentences) expect(sentence.text).toMatch(/^On \d{1,2} \w+ 2026, /);
  });

  it('reads the story log: one chapter per earlier edition, then what is new', () => {
    const records = larkBatteryRecords();
    const event = (editionId: string, kind: StoryEvent['kind'], recordIds: string[]): StoryEvent => ({
      storyId: 's',
      editionId,
      at: '2026-11-05T00:00:00.000Z',
      kind,
      recordIds,
      relatedStoryIds: [],
      detail: '',
    });
    const history = [
      event('ed-1', 'created', [records[0]!.id]),
      event('ed-2', 'records-added', [records[3]!.id, records[4]!.id]),
    ];
    const sentences = writeStorySoFar(
      analyseStory({ ...inputFor('s', records), history }, DEFAULT_CLASSICAL_THRESHOLDS),
    );
    const cited = sentences.map((sentence) => sentence.citations[0]);
    expect(cited[0]).toBe(records[0]!.id);
    expect(cited).toContain(records[3]!.id);
    // Records 1 and 2 were never logged: new in this edition, they are a chapter of their own.
    expect(cited.some((id) => id === records[1]!.id || id === records[2]!.id)).toBe(true);
  });
});
