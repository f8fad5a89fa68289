/**
 * Bad input for the build (the understanding issue's list): a record with no text, a text of one
 * 1 MB "word", a thread of 50,000 comments, a record in a script no tokenizer knows, and 200 re-runs of
 * one wire story with small edits. The build finishes; the re-runs collapse into one original.
 */
import { describe, expect, it } from 'vitest';
import { EDITION_INPUTS_FORMAT, type SourceRecord } from '../model/index.js';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { createClassicalEngine } from '../synthesize/classical/create-classical-engine.js';
import { composeEdition } from './build-edition.js';

const WIRE =
  'Harbor City council voted 7-2 on Tuesday to keep licence-plate reader data for 365 days, up from 30 days, after the police ' +
  'department asked for longer retention. Councillor Imani Brooks said the vote ignored the privacy committee, which had recommended ' +
  '90 days. The policy takes effect on January 1 and covers the 48 fixed cameras across the city.';
const minutes = (start: string, count: number) => new Date(Date.parse(start) + count * 60_000).toISOString();

function records(): SourceRecord[] {
  const root = makeRecord({
    externalId: 't3_tolland',
    platform: 'reddit',
    venue: 'r/mining',
    title: 'Brackwater Mining closes the Tolland mine',
    text: 'Brackwater Mining will close the Tolland mine in April with 420 jobs lost, the union said this morning.',
    publishedAt: '2026-11-03T08:00:00.000Z',
  });
  const comments = Array.from({ length: 50_000 }, (_, index) =>
    makeRecord({
      externalId: `t1_${index}`,
      platform: 'reddit',
      venue: 'r/mining',
      threadId: root.id,
      parentId: root.id,
      publishedAt: minutes('2026-11-03T08:30:00.000Z', index / 60),
      text: `The Tolland closure hits ${index % 97} families on my street alone, and the union should fight the April date.`,
    }),
  );
  const report = makeRecord({
    externalId: 'https://valley.example/tolland',
    venue: 'Valley Post',
    title: 'Brackwater to close Tolland mine',
    publishedAt: '2026-11-03T15:00:00.000Z',
    text: 'Brackwater Mining will close its Tolland mine in April, cutting 420 jobs, the company said on Tuesday. The mine opened in 1961.',
  });
  const reruns = Array.from({ length: 200 }, (_, index) =>
    makeRecord({
      externalId: `https://outlet${index}.example/plates`,
      venue: `Outlet ${index}`,
      title: 'Council keeps plate data for a year',
      publishedAt: minutes('2026-11-18T09:00:00.000Z', index),
      text:
        index === 0
          ? WIRE
          : `${index % 2 ? WIRE.replace('on Tuesday', 'on Tuesday evening') : WIRE}${index % 3 ? ` Reporting by Outlet ${index} staff.` : ''}`,
    }),
  );
  const reply = makeRecord({
    externalId: 'plates-thread',
    platform: 'mastodon',
    venue: 'harbor.social',
    publishedAt: '2026-11-18T12:00:00.000Z',
    text: 'Harbor City council keeping licence-plate reader data for 365 days is far longer than the privacy committee wanted.',
  });
  const odd = [
    makeRecord({ externalId: 'empty', text: '' }),
    makeRecord({ externalId: 'one-word', text: 'x'.repeat(1_000_000) }),
    makeRecord({
      externalId: 'javanese',
      platform: 'mastodon',
      venue: 'jv.social',
      text: 'ꦲꦤꦕꦫꦏ ꦢꦠꦱꦮꦭ ꦥꦝꦗꦪꦚ ꦩꦒꦧꦛꦔ '.repeat(40),
    }),
  ];
  return [root, ...comments, report, ...reruns, reply, ...odd];
}

describe('the build on bad input', () => {
  it('finishes, publishes the real stories, and collapses 200 wire re-runs into one original', async () => {
    const input = records();
    const built = await composeEdition(
      {
        format: EDITION_INPUTS_FORMAT,
        editionId: 'ed-bad-input',
        createdAt: '2026-12-01T00:00:00.000Z',
        engine: { name: 'classical', version: 'test', thresholds: {} },
        previousEditionId: null,
        records: input,
        previousStories: [],
        storyLog: [],
      },
      createClassicalEngine(),
    );
    expect(built.edition.stats.records).toBe(input.length);
    const plates = built.stories.find((story) =>
      story.recordIds.includes(input.find((record) => record.venue === 'Outlet 0')!.id),
    )!;
    expect(plates).toBeDefined();
    const copies = plates.recordWeights.filter(
      (weight) => weight.factors.find((factor) => factor.name === 'independence')!.value < 1,
    );
    expect(copies).toHaveLength(199);
    const wireClaim = plates.claims.find((claim) => claim.recordIds.length >= 200);
    expect(wireClaim?.independentSources).toBeLessThanOrEqual(2);
    const mine = built.stories.find((story) => story.recordIds.length > 50_000);
    expect(mine, 'the 50,000-comment thread and its press report make one story').toBeDefined();
    expect(mine!.sections.length).toBeGreaterThanOrEqual(1);
    for (const story of built.stories)
      for (const id of ['empty', 'one-word', 'javanese'])
        expect(story.recordIds.some((recordId) => recordId.endsWith(id))).toBe(false);
  }, 180_000);
});
