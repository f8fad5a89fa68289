/**
 * The demo path end to end, in a temporary folder: the bundled corpus served on loopback, fetched
 * through the real fetcher, parsed, clustered, written, verified and stored; then every published
 * sentence is checked against the stored records it cites.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, publishedSentences, type SourceRecord, type Story } from '../../src/model/index.js';
import { openRecordStore } from '../../src/store/open-record-store.js';
import { runCliCaptured } from '../../src/test-support/run-cli-captured.js';

describe('undercurrent demo --no-serve', () => {
  let cwd: string;
  let summary: { records: number; byPlatform: Record<string, number>; stories: number; edition: string };
  let stories: Story[];
  /** Every stored record by id, read once: the data folder must be free for the later CLI runs. */
  let storedRecords: Map<string, SourceRecord>;

  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'uc-demo-'));
    const run = await runCliCaptured(['demo', '--no-serve', '--json'], { cwd });
    expect(run.stderr).not.toMatch(/FAILING/);
    expect(run.code).toBe(0);
    summary = JSON.parse(run.stdout);
    // The demo has a folder of its own: the user's default folder stays empty (issue 15 §6).
    expect(existsSync(join(cwd, 'undercurrent-data'))).toBe(false);
    // The later commands read the demo's folder, as a user exploring the demo would point them at it.
    writeFileSync(join(cwd, 'undercurrent.yaml'), 'dataDir: ./undercurrent-demo-data\n');
    const store = await openRecordStore({ dataDir: join(cwd, 'undercurrent-demo-data') });
    try {
      stories = await store.storiesOfEdition(summary.edition);
      storedRecords = new Map((await store.listRecords()).map((record) => [record.id, record]));
    } finally {
      await store.close();
    }
  }, 180_000);

  it('ingests at least 80 records over all nine platforms', () => {
    expect(summary.records).toBeGreaterThanOrEqual(80);
    for (const platform of PLATFORMS) expect(summary.byPlatform[platform] ?? 0, platform).toBeGreaterThan(0);
  });

  it('publishes at least five stories, each with the parts a reader expects', () => {
    expect(summary.stories).toBeGreaterThanOrEqual(5);
    expect(stories).toHaveLength(summary.stories);
    for (const story of stories) {
      expect(story.headline.text.length).toBeGreaterThan(0);
      expect(story.sections.length).toBeGreaterThanOrEqual(3);
      expect(story.sections.length).toBeLessThanOrEqual(6);
      expect(story.methodology.statements.at(-1)).toBe('No human editorial judgment was applied.');
      expect(story.methodology.weights.length).toBeGreaterThan(0);
    }
    expect(stories.some((story) => story.quotes.length > 0)).toBe(true);
    expect(stories.some((story) => story.faq.length > 0)).toBe(true);
  });

  it('cites only records of the same story, and every cited record exists in the store', async () => {
    for (const story of stories) {
      const own = new Set(story.recordIds);
      for (const sentence of publishedSentences(story)) {
        expect(sentence.citations.length, sentence.text).toBeGreaterThan(0);
        for (const id of sentence.citations) {
          expect(own.has(id), `${id} in ${story.id}`).toBe(true);
          expect(storedRecords.has(id), `${id} stored`).toBe(true);
        }
      }
      for (const quote of story.quotes) {
        const records = quote.sentence.citations.map((id) => storedRecords.get(id)!);
        const normalise = (text: string) =>
          text
            .replace(/[\u2018\u2019]/g, "'")
            .replace(/[\u201c\u201d]/g, '"')
            .replace(/\s+/g, ' ');
        expect(
          records.some((record) => normalise(record.text).includes(normalise(quote.quote))),
          quote.quote,
        ).toBe(true);
      }
    }
  });

  it('heads the stories with what happened, not with who was first (the deks say that)', () => {
    const whoFirst = /broke the news|took it up|ahead of|before the press|raised it before/;
    const eventHeadlines = stories.filter(
      (story) => !whoFirst.test(story.headline.text) && !/before .* did$/.test(story.headline.text),
    );
    // All eight. The plate-reader story's 90 days is a misreport the press debunked: never its headline.
    expect(eventHeadlines.length, stories.map((story) => story.headline.text).join('\n')).toBe(8);
    expect(stories.map((story) => story.headline.text)).toContain(
      'Northline Rail to cut 40 weekday trains in winter timetable',
    );
    expect(stories.some((story) => /90 days/.test(story.headline.text))).toBe(false);
    expect(
      stories.filter((story) => /before|ahead|answered|followed|reported it/.test(story.dek.text)).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it("keeps the same company's different events apart", () => {
    const kestrel = stories.filter((story) => /kestrel|vireo/i.test(JSON.stringify(story.sections)));
    const earnings = kestrel.filter((story) => /earnings|revenue|quarter/i.test(story.headline.text + story.dek.text));
    const bus = kestrel.filter((story) => /bus|192|256/i.test(story.headline.text + story.dek.text));
    for (const story of earnings) expect(bus).not.toContain(story);
  });

  it('tells each of the eight storylines as a story of its own, with the same ids in the next build', async () => {
    // Each storyline (demo/README.md, a to h) by words of the record it begins with.
    const storylines: Record<string, RegExp> = {
      a: /Vireo X90 graphics card/,
      b: /third quarter fiscal 2027/,
      c: /LICENSE changed/,
      d: /licence-plate reader data/,
      e: /winter timetable/,
      f: /No full-disk images from Aster-3/,
      g: /Loom 4\.2 is out/,
      h: /scan-mirror drive shows early wear/,
    };
    const opening = (story: Story) => {
      const first = storedRecords.get(story.recordIds[0]!)!;
      return `${first.title ?? ''}\n${first.text}`;
    };
    for (const [name, pattern] of Object.entries(storylines)) {
      expect(
        stories.filter((story) => pattern.test(opening(story))),
        `storyline ${name}`,
      ).toHaveLength(1);
    }
    expect(stories).toHaveLength(8);
    // g is the background to c and h to f: one longer arc each. a and b share a company, not an arc.
    const storyOf = (name: string) => stories.find((story) => storylines[name]!.test(opening(story)))!;
    expect(storyOf('c').storyline?.id).toBeDefined();
    expect(storyOf('c').storyline?.stories.map((entry) => entry.storyId)).toEqual([storyOf('g').id, storyOf('c').id]);
    expect(storyOf('f').storyline?.stories.map((entry) => entry.storyId)).toEqual([storyOf('h').id, storyOf('f').id]);
    expect(storyOf('a').storyline ?? null).toBeNull();
    expect(storyOf('b').storyline ?? null).toBeNull();

    const again = await runCliCaptured(['build', '--json'], { cwd });
    expect(again.code, again.stderr).toBe(0);
    const store = await openRecordStore({ dataDir: join(cwd, 'undercurrent-demo-data') });
    try {
      const rebuilt = await store.storiesOfEdition(JSON.parse(again.stdout).edition);
      const membership = (list: Story[]) =>
        Object.fromEntries(list.map((story) => [story.id, [...story.recordIds].sort()]));
      expect(membership(rebuilt)).toEqual(membership(stories));
    } finally {
      await store.close();
    }
  }, 120_000);

  it('writes the edition and its stories as files with build --out', async () => {
    const out = join(cwd, 'out');
    const run = await runCliCaptured(['build', '--out', out, '--json'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const { edition } = JSON.parse(run.stdout);
    const editionJson = JSON.parse(readFileSync(join(out, edition, 'edition.json'), 'utf8'));
    expect(editionJson.id).toBe(edition);
    expect(readdirSync(join(out, edition, 'stories'))).toHaveLength(editionJson.storyIds.length);
    for (const name of readdirSync(join(out, edition, 'stories'))) {
      const document = JSON.parse(readFileSync(join(out, edition, 'stories', name), 'utf8'));
      for (const key of [
        'id',
        'headline',
        'dek',
        'sections',
        'quotes',
        'storySoFar',
        'faq',
        'related',
        'timing',
        'claims',
        'methodology',
        'changes',
      ]) {
        expect(document, `${name} ${key}`).toHaveProperty(key);
      }
      expect(Object.keys(document.methodology)).toEqual(
        expect.arrayContaining(['recordCount', 'sources', 'engine', 'thresholds', 'dropped', 'disclaimer']),
      );
      expect(document.methodology.disclaimer).toBe('No human editorial judgment was applied.');
      expect(document.timing).toHaveProperty('communityLeadHours');
      for (const quote of document.quotes)
        expect(Object.keys(quote)).toEqual(expect.arrayContaining(['text', 'recordId', 'community']));
      for (const claim of document.claims) {
        expect(['corroborated', 'disputed', 'corrected', 'single-source']).toContain(claim.status);
        expect(document.recordIds).toEqual(expect.arrayContaining(claim.recordIds));
      }
    }
    const claims = readdirSync(join(out, edition, 'stories')).flatMap(
      (name) => JSON.parse(readFileSync(join(out, edition, 'stories', name), 'utf8')).claims,
    );
    expect(claims.some((claim: { status: string }) => claim.status === 'corroborated')).toBe(true);
    expect(
      claims.some((claim: { status: string }) => claim.status === 'disputed' || claim.status === 'corrected'),
    ).toBe(true);

    // The same edition again from its snapshot, with no store: byte for byte.
    const replay = await runCliCaptured(
      ['build', '--replay', join(out, edition), '--out', join(cwd, 'replayed'), '--json'],
      { cwd },
    );
    expect(replay.code, replay.stderr).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ edition, identical: true, differing: [] });
    for (const name of [
      'edition.json',
      'manifest.json',
      'inputs.json',
      ...readdirSync(join(out, edition, 'stories')).map((file) => `stories/${file}`),
    ]) {
      expect(
        readFileSync(join(cwd, 'replayed', edition, name)).equals(readFileSync(join(out, edition, name))),
        name,
      ).toBe(true);
    }
  }, 120_000);

  it('replays only what an edition folder holds, and says why not otherwise', async () => {
    const noOut = await runCliCaptured(['build', '--replay', cwd], { cwd });
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out');
    const notEdition = await runCliCaptured(['build', '--replay', cwd, '--out', join(cwd, 'nowhere')], { cwd });
    expect(notEdition.code).toBe(1);
    expect(notEdition.stderr).toContain('inputs.json not found');
  });

  it('verifies a written story file, and catches an error a person plants in it', async () => {
    const out = join(cwd, 'verify-out');
    const built = JSON.parse((await runCliCaptured(['build', '--out', out, '--json'], { cwd })).stdout);
    const file = join(out, built.edition, 'stories', `${stories[0]!.id}.json`);
    const clean = await runCliCaptured(['verify', file, '--json'], { cwd });
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ failed: 0 });

    const story = JSON.parse(readFileSync(file, 'utf8')) as Pick<Story, 'sections' | 'dek'>;
    const target = story.sections[0]!.sentences[0]!;
    target.text = `${target.text.replace(/\.$/, '')}, and 97 percent of them agreed.`;
    story.dek.citations = ['reddit-0000000000000000'];
    const edited = join(cwd, 'edited-story.json');
    writeFileSync(edited, JSON.stringify(story));
    const caught = await runCliCaptured(['verify', edited, '--json'], { cwd });
    expect(caught.code).toBe(1);
    const verdicts = JSON.parse(caught.stdout).verdicts as Array<{
      where: string;
      passed: boolean;
      layer: string | null;
    }>;
    expect(verdicts.find((verdict) => verdict.where === 'dek')).toMatchObject({ passed: false, layer: 'citations' });
    expect(verdicts.find((verdict) => verdict.where === 'section:0:0')).toMatchObject({
      passed: false,
      layer: 'numbers',
    });
  }, 120_000);

  it('lists and shows stories from the CLI', async () => {
    const list = await runCliCaptured(['stories', 'list', '--json'], { cwd });
    expect(list.code).toBe(0);
    const [first] = JSON.parse(list.stdout);
    const shown = await runCliCaptured(['stories', 'show', first.id, '--json'], { cwd });
    expect(shown.code).toBe(0);
    const { records } = JSON.parse(shown.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]).toHaveProperty('platform');
    const explained = await runCliCaptured(['explain', first.id, '--json'], { cwd });
    expect(explained.code, explained.stderr).toBe(0);
    const weights = JSON.parse(explained.stdout) as {
      records: Array<{
        recordId: string;
        weight: number;
        factors: Array<{ name: string; value: number; note: string }>;
      }>;
      sources: unknown[];
    };
    expect(weights.records.length).toBeGreaterThan(0);
    expect(weights.sources.length).toBeGreaterThan(0);
    for (const record of weights.records) {
      expect(record.factors.map((factor) => factor.name)).toEqual([
        'independence',
        'engagement',
        'source kind',
        'corroboration',
        'recency',
      ]);
      for (const factor of record.factors) expect(factor.note.length, factor.name).toBeGreaterThan(0);
    }
    expect((await runCliCaptured(['explain', 'story-000000000000'], { cwd })).code).toBe(1);
    const log = await runCliCaptured(['stories', 'log', first.id, '--json'], { cwd });
    expect(log.code, log.stderr).toBe(0);
    const events = JSON.parse(log.stdout) as Array<{ kind: string; storyId: string }>;
    expect(events[0]).toMatchObject({ kind: 'created', storyId: first.id });
  });
});
