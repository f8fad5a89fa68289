/**
 * Corrections propagate: a record a published story cites is corrected at the source; the next build
 * re-verifies the story against the new text, withdraws what no longer stands, and says so in a dated
 * changelog entry.
 */
import { describe, expect, it } from 'vitest';
import { publishedSentences } from '../model/index.js';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { plateReaderStory } from './__fixtures__/plate-reader-story.js';
import { buildEdition } from './build-edition.js';

const { thread: THREAD, reply: REPLY, report: REPORT } = plateReaderStory('2026-11-18');
const CORRECTED_REPORT = {
  ...REPORT,
  text: 'The council voted 7-2 on Tuesday to keep licence-plate reader data for 180 days, up from 30 days. The police asked for the longer retention. Correction: an earlier version of this article gave the new retention period as 365 days.',
};

describe('corrections propagate to the stories that cite them', () => {
  it('re-verifies a story whose cited record was corrected and records why in its changelog', async () => {
    const store = new InMemoryRecordStore();
    await store.upsertRecords([THREAD, REPLY, REPORT]);
    const engine = createClassicalEngine();
    const first = await buildEdition({ store, engine, now: () => new Date('2026-11-19T00:00:00.000Z') });
    const story = first.stories.find((candidate) => candidate.recordIds.includes(REPORT.id))!;
    expect(story.changelog).toEqual([]);
    expect(story.citedDigests[REPORT.id]).toBeDefined();

    await store.upsertRecords([CORRECTED_REPORT]);
    const second = await buildEdition({ store, engine, now: () => new Date('2026-11-20T00:00:00.000Z') });
    const reissued = second.stories.find((candidate) => candidate.id === story.id)!;
    expect(reissued.changelog).toHaveLength(1);
    const [entry] = reissued.changelog;
    expect(entry).toMatchObject({
      at: '2026-11-20T00:00:00.000Z',
      editionId: second.edition.id,
      recordIds: [REPORT.id],
    });
    expect(entry!.note).toMatch(/edited at the source \(The Harbor Ledger\)/);
    // The report's old figure no longer stands: no sentence citing the report alone states it, and if the
    // first edition printed it, the changelog names the withdrawn sentence.
    const oldClaim = /reader data for 365 days/;
    const citingReportAlone = (each: { citations: string[] }) =>
      each.citations.length === 1 && each.citations[0] === REPORT.id;
    expect(
      publishedSentences(reissued)
        .filter(citingReportAlone)
        .some((sentence) => oldClaim.test(sentence.text)),
    ).toBe(false);
    const printedBefore = publishedSentences(story)
      .filter(citingReportAlone)
      .filter((sentence) => oldClaim.test(sentence.text));
    expect(printedBefore.length).toBeGreaterThan(0);
    expect(entry!.note).toMatch(/no longer stand/);
    for (const sentence of printedBefore) expect(entry!.note).toContain(sentence.text);

    const third = await buildEdition({ store, engine, now: () => new Date('2026-11-21T00:00:00.000Z') });
    expect(third.stories.find((candidate) => candidate.id === story.id)!.changelog).toEqual(reissued.changelog);
  });
});
