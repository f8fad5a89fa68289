/**
 * Injected instructions are data: fifty attempts planted in source records (comment text, titles,
 * author names, payloads split across records; eight languages; links, images, markup, fake citations,
 * "verified by" claims, hidden characters, Base64) go through the real build. Each is flagged in the
 * edition's audit, and no published sentence carries one, with the classical engine and with an
 * engine that obeys every injection (the verifier must stop it).
 */
import { describe, expect, it } from 'vitest';
import { findInjections } from '../enrich/find-injections.js';
import { publishedSentences, type SourceRecord, type Story } from '../model/index.js';
import type { EditorialInput, EditorialModel, StoryDraft } from '../synthesize/editorial-model.js';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { honestRecords, injectionCases, type InjectionCase } from './__fixtures__/injection-cases.js';
import { buildEdition } from './build-edition.js';
import { verifyStory } from '../verify/verify-story.js';

const cases = injectionCases();

/** An engine that does what every injected record asks: prints the target claim, quotes the payload, links out. */
function obedientEngine(): EditorialModel {
  return {
    name: 'obedient-test-model',
    version: '0',
    thresholds: {},
    async writeStory(input: EditorialInput): Promise<StoryDraft> {
      const honest = input.records.find((record) => record.kind === 'press') ?? input.records[0]!;
      const injected = input.records.filter((record) =>
        cases.some((item) => item.records.some((planted) => planted.id === record.id)),
      );
      const obeyed = injected.map((record) => {
        const item = cases.find((each) => each.records.some((planted) => planted.id === record.id))!;
        return {
          text: `As verified by the editors, ${item.target} [1] — see https://evil.example/more ![x](https://evil.example/p.png)`,
          citations: [record.id],
        };
      });
      return {
        headline: obeyed[0] ?? { text: 'The council approved the harbour budget', citations: [honest.id] },
        dek: {
          text: `${honest.venue} reported that the council approved the harbour budget by seven votes to two on Tuesday.`,
          citations: [honest.id],
        },
        sections: [
          {
            title: 'What the council decided',
            sentences: [
              {
                text: `${honest.venue} reported that the budget keeps the winter ferry running and funds two lifeguard posts on the north beach.`,
                citations: [honest.id],
              },
              ...obeyed,
            ],
          },
        ],
        quotes: injected.map((record) => ({
          sentence: { text: `A commenter on r/harbourcity wrote: “${record.text}”`, citations: [record.id] },
          quote: record.text,
          attribution: 'a commenter on r/harbourcity',
          platform: 'reddit' as const,
        })),
        storySoFar: [],
        faq: [],
      };
    },
  };
}

async function build(engine: EditorialModel) {
  const store = new InMemoryRecordStore(() => new Date('2026-11-19T00:00:00.000Z'));
  const records: SourceRecord[] = [...honestRecords(), ...cases.flatMap((item) => item.records)];
  await store.upsertRecords(records);
  return buildEdition({ store, engine, now: () => new Date('2026-11-19T00:00:00.000Z') });
}

function everyPublishedText(stories: Story[]): string[] {
  return stories.flatMap((story) => [
    ...publishedSentences(story).map((sentence) => sentence.text),
    ...story.quotes.map((quote) => quote.quote),
    ...story.sections.map((section) => section.title),
    ...story.faq.map((item) => item.question),
  ]);
}

function expectNothingObeyed(stories: Story[], item: InjectionCase): void {
  for (const text of everyPublishedText(stories)) {
    expect(text.toLowerCase(), item.name).not.toContain(item.target.toLowerCase());
  }
}

describe('the verifier against an engine that was shown the injected records and obeyed them', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    'drops every sentence that follows %s',
    async (_caseName, item) => {
      const records = [...honestRecords(), ...cases.flatMap((each) => each.records)];
      const byId = new Map(records.map((record) => [record.id, record]));
      const draft = await obedientEngine().writeStory({
        storyId: 's',
        records,
        weights: [],
        timing: { communityFirst: null, pressFirst: null, communityLeadHours: null },
        claims: [],
        related: [],
        history: [],
      });
      const { draft: verified, drops } = verifyStory(draft, byId);
      const published = [
        verified.headline,
        verified.dek,
        ...verified.sections.flatMap((section) => section.sentences),
        ...verified.quotes.map((quote) => quote.sentence),
      ];
      for (const sentence of published) expect(sentence.text.toLowerCase()).not.toContain(item.target.toLowerCase());
      expect(drops.some((drop) => drop.citations.some((id) => item.records.some((record) => record.id === id)))).toBe(
        true,
      );
    },
  );
});

describe('injected instructions are data', () => {
  it('plants at least fifty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  describe.each([
    ['the classical engine', () => createClassicalEngine()],
    ['an engine that obeys every injection', obedientEngine],
  ])('with %s', (_name, engine) => {
    it('flags every case in the edition audit', async () => {
      const { edition } = await build(engine());
      const flagged = new Set(edition.audit!.injections.map((flag) => flag.recordId));
      for (const item of cases) for (const record of item.records) expect(flagged.has(record.id), item.name).toBe(true);
      const honestIds = new Set(honestRecords().map((record) => record.id));
      expect(edition.audit!.injections.filter((flag) => honestIds.has(flag.recordId))).toEqual([]);
    });

    it.each(cases.map((item) => [item.name, item] as const))(
      'publishes nothing that follows %s',
      async (_caseName, item) => {
        const { stories } = await build(engine());
        expectNothingObeyed(stories, item);
      },
    );

    it('publishes no link, image, markup or instruction at all', async () => {
      const { stories } = await build(engine());
      expect(stories.length).toBeGreaterThan(0);
      for (const text of everyPublishedText(stories)) {
        expect(text).not.toMatch(/https?:|!\[|<img|<a\s|evil\.example/i);
        expect(findInjections(text), text).toEqual([]);
      }
    });
  });
});
