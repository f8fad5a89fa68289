/**
 * Verification eval: a planted-error set built at run time from real records (AllSides/NeuS press
 * stories and a real Reddit thread), never stored. Correct sentences state what a record says, framed
 * as the engine frames it; each planted error changes one such sentence in one way. Measures how many
 * planted errors the verifier catches (by type and by the layer that caught them) and how many correct
 * sentences it wrongly drops. The classical engine's own drafts on these stories are reported too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, type TaskResult } from '../harness.js';
import { recordIdFor, type Sentence, type SourceRecord } from '../../src/model/index.js';
import { splitSentences } from '../../src/enrich/split-sentences.js';
import { parsePayload } from '../../src/parse/parse-payload.js';
import { toSourceRecords } from '../../src/parse/to-source-records.js';
import { createClassicalEngine } from '../../src/synthesize/classical/create-classical-engine.js';
import { sentencesOfDraft } from '../../src/verify/sentences-of-draft.js';
import { LAYER_NAMES, storyFactsOf, verifySentence, type StoryFacts } from '../../src/verify/verify-sentence.js';
import { extractQuantities } from '../../src/enrich/extract-quantities.js';
import { ATTRIBUTED } from '../../src/verify/check-consistency.js';
import { groupClaims } from '../../src/weigh/group-claims.js';
import { weighSources } from '../../src/weigh/weigh-sources.js';
import { measureTiming } from '../../src/weigh/measure-timing.js';
import { plantMeaningErrors } from './verification-plants.js';
import { readParaphrases } from './verification-paraphrases.js';

/** Stories taken from the AllSides crawl (each two or three outlets on one event). */
const STORY_COUNT = 60;
/** Record sentences used per story as correct sentences (each also the base of planted errors). */
const SENTENCES_PER_STORY = 3;
/**
 * Stories read for the errors of meaning (reversal, invented detail, quantifier, swapped figures) and
 * the paraphrases: the whole AllSides file, because sentences holding two figures are rare.
 */
const ALL_STORIES = 1000;
/** Record sentences per story that errors of meaning are planted in. */
const MEANING_BASES_PER_STORY = 8;

interface Story {
  id: string;
  records: SourceRecord[];
  byId: Map<string, SourceRecord>;
  facts: StoryFacts;
}
interface Case {
  type: string;
  story: Story;
  sentence: Sentence;
  extraQuotes?: string[];
}

export async function evalVerification(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('verification eval skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const stories = [...readAllSides(root, STORY_COUNT), readRedditThread(root)];
  const everyStory = readAllSides(root, ALL_STORIES);
  const allNames = stories.map((story) => namesOf(story.records));
  const correct: Case[] = [];
  const planted: Case[] = [];
  stories.forEach((story, index) => {
    const other = stories[(index + 1) % stories.length]!;
    const otherNames = allNames[(index + 1) % stories.length]!.filter(
      (name) => !haystack(story.records).includes(name),
    );
    for (const base of baseSentences(story)) {
      const venue = base.record.venue ?? 'The outlet';
      const reported: Sentence = { text: `According to ${venue}, ${base.text}`, citations: [base.record.id] };
      const quoted: Sentence = { text: `${venue} wrote: “${base.text}”`, citations: [base.record.id] };
      const reportedThat: Sentence = {
        text: `${venue} reported that ${lowerFirst(base.text)}`,
        citations: [base.record.id],
      };
      correct.push(
        { type: 'reported', story, sentence: reported },
        { type: 'quoted', story, sentence: quoted },
        { type: 'reported-that', story, sentence: reportedThat },
      );
      planted.push(...plantErrors(story, other, otherNames, base.record, base.text, venue));
    }
  });
  correct.push(...disputeCases(stories).correct);
  planted.push(...disputeCases(stories).planted);
  planted.push(...plantMeaningErrors(everyStory.flatMap((story) => meaningBases(story))));
  const byStoryId = new Map(everyStory.map((story) => [Number(story.id.replace('allsides-', '')), story]));
  const paraphrases = readParaphrases((id) => byStoryId.get(id));

  const judge = (item: Case) =>
    verifySentence(item.sentence, item.story.byId, item.extraQuotes ?? [], undefined, item.story.facts);
  const byType: Record<string, { planted: number; caught: number }> = {};
  const byLayer: Record<string, number> = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, 0]));
  const missed: Array<{ type: string; text: string }> = [];
  for (const item of planted) {
    const verdict = judge(item);
    const entry = (byType[item.type] ??= { planted: 0, caught: 0 });
    entry.planted += 1;
    if (verdict) {
      entry.caught += 1;
      byLayer[verdict.layer] = (byLayer[verdict.layer] ?? 0) + 1;
    } else missed.push({ type: item.type, text: item.sentence.text });
  }
  const wronglyDropped = correct
    .map((item) => ({ item, verdict: judge(item) }))
    .filter(({ verdict }) => verdict !== null);
  const refused = paraphrases
    .map((item) => ({ item, verdict: verifySentence(item.sentence, item.story.byId, [], undefined, item.story.facts) }))
    .filter(({ verdict }) => verdict !== null);
  const engine = await engineDrafts(stories);

  const caught = planted.length - missed.length;
  const json = {
    planted: planted.length,
    caught,
    catchRate: round(caught / planted.length),
    correct: correct.length,
    wronglyDropped: wronglyDropped.length,
    falseDropRate: round(wronglyDropped.length / correct.length),
    byType: Object.fromEntries(
      Object.entries(byType).map(([type, value]) => [type, { ...value, rate: round(value.caught / value.planted) }]),
    ),
    byLayer,
    engineDrafts: engine,
    stories: stories.length,
    // A few per type, so that every type's misses show.
    missed: Object.keys(byType).flatMap((type) => missed.filter((each) => each.type === type).slice(0, 5)),
    wronglyDroppedExamples: wronglyDropped
      .slice(0, 20)
      .map(({ item, verdict }) => ({ text: item.sentence.text, ...verdict })),
    paraphrases: {
      cases: paraphrases.length,
      kept: paraphrases.length - refused.length,
      refusedExamples: refused
        .slice(0, 30)
        .map(({ item, verdict }) => ({ original: item.original, text: item.sentence.text, ...verdict })),
    },
    falseRefusals: refused.length,
    falseRefusalRate: round(refused.length / Math.max(1, paraphrases.length)),
  };
  const rows: TaskResult['rows'] = [
    ...Object.entries(json.byType).map(([type, value]) => ({
      set: 'planted',
      type,
      cases: value.planted,
      'caught / kept': value.caught,
      rate: value.rate,
    })),
    { set: 'planted', type: 'all', cases: json.planted, 'caught / kept': caught, rate: json.catchRate },
    {
      set: 'correct',
      type: 'all',
      cases: json.correct,
      'caught / kept': json.correct - json.wronglyDropped,
      rate: round(1 - json.falseDropRate),
    },
    {
      set: 'hand-written paraphrases',
      type: 'all',
      cases: paraphrases.length,
      'caught / kept': paraphrases.length - refused.length,
      rate: round(1 - json.falseRefusalRate),
    },
    {
      set: 'engine drafts',
      type: 'sentences',
      cases: engine.sentences,
      'caught / kept': engine.sentences - engine.dropped,
      rate: round(1 - engine.dropped / Math.max(1, engine.sentences)),
    },
  ];
  return { rows, json };
}

/** One error of each kind planted in a correct sentence (skipping kinds the sentence cannot carry). */
function plantErrors(
  story: Story,
  other: Story,
  otherNames: string[],
  record: SourceRecord,
  text: string,
  venue: string,
): Case[] {
  const cases: Case[] = [];
  const cite = [record.id];
  const push = (type: string, sentenceText: string, citations = cite, extraQuotes?: string[]) =>
    cases.push({ type, story, sentence: { text: sentenceText, citations }, ...(extraQuotes ? { extraQuotes } : {}) });
  const words = text.split(' ');
  const swapAt = words.findIndex((word, index) => index > 2 && /^[a-z]{5,}$/.test(word));
  if (swapAt > 0)
    push(
      'fabricated-quote',
      `${venue} wrote: “${[...words.slice(0, swapAt), 'reportedly', ...words.slice(swapAt + 1)].join(' ')}”`,
    );
  const number = extractQuantities(text).find((quantity) => !/^(19|20)\d\d$/.test(String(quantity.written)));
  if (number) {
    const altered = text.replace(
      number.raw,
      number.raw.replace(/\d[\d,.]*/, (digits) => String(Number(digits.replace(/,/g, '')) + 7)),
    );
    push('altered-number', `According to ${venue}, ${altered}`);
  }
  const unitSwap = swapUnit(text);
  if (unitSwap) push('wrong-unit', `According to ${venue}, ${unitSwap}`);
  const name = [...text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu)]
    .map((match) => match[0])
    .find((found) => !/^(The|This|That|They|When|After)$/.test(found));
  if (name && otherNames[0]) push('entity-swap', `According to ${venue}, ${text.replace(name, otherNames[0])}`);
  const flipped = flipNegation(text);
  if (flipped) push('negation-flip', `According to ${venue}, ${flipped}`);
  const otherVenue = other.records[0]?.venue;
  if (otherVenue && otherVenue !== venue) push('wrong-attribution', `According to ${otherVenue}, ${text}`);
  push('unsupported-group', `Critics argued that ${lowerFirst(text)}`);
  push('uncited-claim', `According to ${venue}, ${text}`, []);
  push('empty-citation', `According to ${venue}, ${text}`, ['']);
  push('other-story-citation', `According to ${venue}, ${text}`, [other.records[0]!.id]);
  return cases;
}

/** Swaps a known unit or magnitude for another of its kind: "million" → "billion", "percent" → "points". */
function swapUnit(text: string): string | null {
  const swaps: Array<[RegExp, string]> = [
    [/(\d) million\b/, '$1 billion'],
    [/(\d) billion\b/, '$1 million'],
    [/(\d) ?(?:percent|%)/, '$1 percentage points'],
    [/(\d) years?\b/, '$1 months'],
    [/(\d) months?\b/, '$1 weeks'],
    [/(\d) days?\b/, '$1 weeks'],
    [/(\d) hours?\b/, '$1 minutes'],
    [/(\d) miles?\b/, '$1 kilometers'],
    [/\$(\d)/, '€$1'],
  ];
  for (const [pattern, replacement] of swaps) if (pattern.test(text)) return text.replace(pattern, replacement);
  return null;
}

/** Inserts "not" after the first auxiliary, or removes the first "not". */
function flipNegation(text: string): string | null {
  if (/\bnot\b/.test(text)) return text.replace(/\s+not\b/, '');
  const auxiliary = /\b(is|was|are|were|will|would|can|could|should|has|have|had|did|does|must)\b(?! not)/;
  return auxiliary.test(text) ? text.replace(auxiliary, '$1 not') : null;
}

/**
 * A dispute built on a real figure: a community record (planted beside the real press record) says
 * the figure is wrong. Stating either side bare is an error; attributing it is correct.
 */
function disputeCases(stories: Story[]): { correct: Case[]; planted: Case[] } {
  const correct: Case[] = [];
  const planted: Case[] = [];
  for (const story of stories) {
    for (const record of story.records.filter((candidate) => candidate.kind === 'press')) {
      // A sentence that already says who says so ("the Labor Department said") is not stated as fact.
      const sentence = splitSentences(record.text).find(
        (text) =>
          usable(text) &&
          !ATTRIBUTED.test(text) &&
          extractQuantities(text).some((quantity) => quantity.unit !== null && quantity.unit !== 'year'),
      );
      if (!sentence) continue;
      const figure = extractQuantities(sentence).find(
        (quantity) => quantity.unit !== null && quantity.unit !== 'year',
      )!;
      const rival = figure.raw.replace(/\d[\d,.]*/, (digits) => String(Number(digits.replace(/,/g, '')) * 2));
      const disputer: SourceRecord = {
        ...record,
        id: recordIdFor('reddit', `dispute-${record.id}`),
        platform: 'reddit',
        kind: 'community',
        venue: 'r/news',
        externalId: `dispute-${record.id}`,
        author: 'u/reader',
        title: null,
        text: `That is wrong: it was ${rival}, not ${figure.raw} as reported.`,
      };
      const records = [...story.records, disputer];
      const byId = new Map(records.map((each) => [each.id, each]));
      const disputed: Story = { ...story, records, byId, facts: storyFactsOf(byId) };
      if (disputed.facts.disputes.length === 0) continue;
      planted.push({ type: 'disputed-as-fact', story: disputed, sentence: { text: sentence, citations: [record.id] } });
      correct.push({
        type: 'disputed-attributed',
        story: disputed,
        sentence: { text: `According to ${record.venue}, ${sentence}`, citations: [record.id] },
      });
      break;
    }
    if (planted.length >= 40) break;
  }
  return { correct, planted };
}

/** The classical engine's drafts on every story, before verification: how many sentences the layers drop. */
async function engineDrafts(
  stories: Story[],
): Promise<{ sentences: number; dropped: number; byLayer: Record<string, number>; examples: unknown[] }> {
  const engine = createClassicalEngine();
  let sentences = 0;
  const byLayer: Record<string, number> = {};
  const examples: unknown[] = [];
  for (const story of stories) {
    const draft = await engine.writeStory({
      storyId: story.id,
      records: story.records,
      weights: weighSources(story.records),
      timing: measureTiming(story.records),
      claims: groupClaims(story.records),
      related: [],
      history: [],
    });
    for (const located of sentencesOfDraft(draft)) {
      sentences += 1;
      const verdict = verifySentence(located.sentence, story.byId, located.extraQuotes, undefined, story.facts);
      if (!verdict) continue;
      byLayer[verdict.layer] = (byLayer[verdict.layer] ?? 0) + 1;
      if (examples.length < 15) examples.push({ text: located.sentence.text, ...verdict });
    }
  }
  return { sentences, dropped: Object.values(byLayer).reduce((sum, count) => sum + count, 0), byLayer, examples };
}

interface AllSidesStory {
  id: number;
  date: string;
  news: Record<string, { newsSource?: string; newsTitle?: string; newsLink?: string; newBody?: string[] }>;
}

function readAllSides(root: string, count: number): Story[] {
  const lines = readFileSync(
    join(root, 'neus-allsides', 'raw_crawled', 'headline_11_2021-10-19_crawled_all.jsonl'),
    'utf8',
  )
    .split('\n')
    .filter(Boolean);
  const stories: Story[] = [];
  for (const line of lines) {
    const item = JSON.parse(line) as AllSidesStory;
    const records = Object.values(item.news ?? {})
      .filter((news) => news.newsSource && news.newBody && news.newBody.length > 0)
      .map((news, index) => pressRecord(item, news, index));
    if (records.length < 2) continue;
    stories.push(storyOf(`allsides-${item.id}`, records));
    if (stories.length >= count) break;
  }
  return stories;
}

function pressRecord(item: AllSidesStory, news: AllSidesStory['news'][string], index: number): SourceRecord {
  const externalId = news.newsLink ?? `${item.id}-${index}`;
  return {
    id: recordIdFor('web', externalId),
    platform: 'web',
    kind: 'press',
    sourceId: null,
    externalId,
    url: news.newsLink ?? null,
    canonicalUrl: news.newsLink ?? null,
    title: news.newsTitle ?? null,
    author: null,
    publishedAt: new Date(Date.parse(item.date) + index * 3_600_000).toISOString(),
    fetchedAt: new Date(item.date).toISOString(),
    text: news.newBody!.join('\n\n'),
    threadId: null,
    parentId: null,
    engagement: {},
    language: 'en',
    venue: news.newsSource!.replace(/\s*\((?:Online News|News|Opinion)\)$/, ''),
    rawHash: '',
  };
}

/** The real r/announcements thread, through our own Reddit reader. */
function readRedditThread(root: string): Story {
  const bytes = readFileSync(join(root, 'community-discussions', 'reddit', 'r_announcements_n49rw_thread.json'));
  const parsed = parsePayload({
    bytes: new Uint8Array(bytes),
    contentType: 'application/json',
    url: 'https://www.reddit.com/comments/n49rw.json',
  });
  const records = toSourceRecords(parsed.records, {
    sourceId: null,
    kind: null,
    fetchedAt: '2016-03-22T00:00:00.000Z',
    rawHash: '',
  })
    .filter((record) => record.text.length > 80)
    .slice(0, 40);
  return storyOf('reddit-n49rw', records);
}

function storyOf(id: string, records: SourceRecord[]): Story {
  const byId = new Map(records.map((record) => [record.id, record]));
  return { id, records, byId, facts: storyFactsOf(byId) };
}

/** A record sentence fit to be stated: whole, 8–40 words, no quotation marks, links or ellipsis. */
function usable(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 8 && words <= 40 && !/["“”]|https?:|\.\.\.|…/.test(text) && /[.!]$/.test(text);
}

function baseSentences(story: Story): Array<{ record: SourceRecord; text: string }> {
  const bases: Array<{ record: SourceRecord; text: string }> = [];
  for (const record of story.records) {
    for (const text of splitSentences(record.text)) {
      if (usable(text)) bases.push({ record, text });
      if (bases.length >= SENTENCES_PER_STORY) return bases;
    }
  }
  return bases;
}

/** Sentences of a story's records fit to be stated, the bases of the errors of meaning. */
function meaningBases(story: Story): Array<{ story: Story; record: SourceRecord; text: string }> {
  return story.records
    .flatMap((record) => splitSentences(record.text).map((text) => ({ story, record, text })))
    .filter(({ text }) => usable(text))
    .slice(0, MEANING_BASES_PER_STORY);
}

function namesOf(records: SourceRecord[]): string[] {
  const names = new Set<string>();
  for (const record of records)
    for (const match of record.text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}/gu)) names.add(match[0]);
  // Calendar words are checked too, but a name swapped for a weekday is not the entity swap measured here.
  return [...names].filter((name) => !CALENDAR.test(name));
}

const CALENDAR =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function haystack(records: SourceRecord[]): string {
  return records.map((record) => `${record.title ?? ''} ${record.text} ${record.venue ?? ''}`).join('\n');
}

function lowerFirst(text: string): string {
  return /^(The|A|An|In|On|At|It|This|That|These|Those|He|She|They|We)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
