/**
 * Near-duplicate eval: a labelled set built at run time (never stored) by perturbing real articles,
 * ECB+ (same-topic, different-event traps) and AllSides (the same event told by different outlets,
 * which are not copies). Each chosen article gets one copy made by one perturbation: word edits,
 * re-ordered sentences, boilerplate swapped in, truncation, a new headline, or edits plus boilerplate.
 * Scored pairwise against the known groups, with records per second on one core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, type TaskResult } from '../harness.js';
import { findNearDuplicates } from '../../src/cluster/find-near-duplicates.js';
import { splitSentences } from '../../src/enrich/split-sentences.js';
import { shingleHashes, sortedJaccard } from '../../src/enrich/minhash.js';

const PERTURBATIONS = ['edits', 'reorder', 'boilerplate', 'truncation', 'reheadline', 'edits+boilerplate'] as const;
type Perturbation = (typeof PERTURBATIONS)[number];
/** Every other article gets a copy, so half the originals stand alone as negatives. */
const COPY_EVERY = 2;
/** Timing repeats, best kept, so one GC pause does not decide the figure. */
const TIMING_RUNS = 5;

export interface Item {
  id: string;
  text: string;
  group: string;
  perturbation: Perturbation | null;
}
interface BaseArticle {
  id: string;
  title: string;
  sentences: string[];
  family: string;
}

/** Shingle Jaccard at which two base articles already are one story told twice (wire copies abound in ECB+). */
const NATURAL_COPY_JACCARD = 0.3;

/**
 * The base articles less those that are already copies of another: real corpora hold syndicated wire
 * stories, which would otherwise count as false positives. Judged independently of the method under
 * test, by exact shingle Jaccard over every pair within one ECB+ topic or one AllSides story (where
 * such copies sit), keeping the first of each.
 */
function withoutNaturalCopies(base: BaseArticle[]): BaseArticle[] {
  const kept: BaseArticle[] = [];
  const keptShingles = new Map<string, Uint32Array[]>();
  for (const article of base) {
    const shingles = shingleHashes(`${article.title}\n\n${article.sentences.join(' ')}`);
    const family = keptShingles.get(article.family) ?? [];
    if (family.some((other) => sortedJaccard(other, shingles) >= NATURAL_COPY_JACCARD)) continue;
    family.push(shingles);
    keptShingles.set(article.family, family);
    kept.push(article);
  }
  return kept;
}

export async function evalDedupe(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('dedupe eval skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const items = buildSet(root);
  let best = Number.POSITIVE_INFINITY;
  let groups: string[][] = [];
  for (let run = 0; run < TIMING_RUNS; run += 1) {
    const started = performance.now();
    groups = findNearDuplicates(items.map(({ id, text }) => ({ id, text })));
    best = Math.min(best, performance.now() - started);
  }
  const scores = pairwise(groups, items);
  const recordsPerSecond = Math.round(items.length / (best / 1000));
  const byPerturbation = Object.fromEntries(PERTURBATIONS.map((kind) => [kind, recallOf(kind, groups, items)]));
  const json = {
    ...scores,
    recordsPerSecond,
    records: items.length,
    megabytesPerSecond: Number(
      (items.reduce((sum, item) => sum + item.text.length, 0) / 1e6 / (best / 1000)).toFixed(1),
    ),
    copies: items.filter((item) => item.perturbation).length,
    byPerturbation,
  };
  const rows: TaskResult['rows'] = [
    { measure: 'pairwise precision', value: scores.precision },
    { measure: 'pairwise recall', value: scores.recall },
    { measure: 'pairwise F1', value: scores.f1 },
    { measure: 'records per second (one core)', value: recordsPerSecond },
    ...PERTURBATIONS.map((kind) => ({ measure: `recall: ${kind}`, value: byPerturbation[kind]! })),
  ];
  return { rows, json };
}

/** The labelled set: originals (natural copies removed) and one perturbed copy of every other one. */
export function buildSet(root: string): Item[] {
  const base: BaseArticle[] = [];
  for (const line of readFileSync(join(root, 'ecb-plus', 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)) {
    const document = JSON.parse(line) as { doc_name: string; topic: number; sentences: string[] };
    base.push({
      id: `ecb-${document.doc_name}`,
      title: document.sentences[0] ?? '',
      sentences: document.sentences.slice(1),
      family: `ecb-${document.topic}`,
    });
  }
  for (const line of readFileSync(
    join(root, 'neus-allsides', 'raw_crawled', 'headline_11_2021-10-19_crawled_all.jsonl'),
    'utf8',
  )
    .split('\n')
    .filter(Boolean)) {
    const story = JSON.parse(line) as { id: number; news?: Record<string, { newsTitle?: string; newBody?: string[] }> };
    for (const [side, news] of Object.entries(story.news ?? {})) {
      const sentences = (news.newBody ?? []).flatMap((paragraph) => splitSentences(paragraph));
      if (sentences.length >= 3)
        base.push({
          id: `allsides-${story.id}-${side}`,
          title: news.newsTitle ?? '',
          sentences,
          family: `allsides-${story.id}`,
        });
    }
  }
  const originals = withoutNaturalCopies(base);
  const random = seeded(20261201);
  const items: Item[] = [];
  originals.forEach((article, index) => {
    items.push({
      id: article.id,
      text: `${article.title}\n\n${article.sentences.join(' ')}`,
      group: article.id,
      perturbation: null,
    });
    if (index % COPY_EVERY !== 0) return;
    const perturbation = PERTURBATIONS[Math.floor(random() * PERTURBATIONS.length)]!;
    items.push({
      id: `${article.id}~copy`,
      text: perturb(article, perturbation, random, base),
      group: article.id,
      perturbation,
    });
  });
  return items;
}

function perturb(article: BaseArticle, kind: Perturbation, random: () => number, base: BaseArticle[]): string {
  let title = article.title;
  let sentences = [...article.sentences];
  const edit = () => {
    const words = sentences.join(' ').split(' ');
    const vocabulary = words.filter((word) => word.length > 3);
    for (let index = 0; index < words.length; index += 1)
      if (random() < 0.05) words[index] = vocabulary[Math.floor(random() * vocabulary.length)] ?? words[index]!;
    sentences = [words.join(' ')];
  };
  const boilerplate = () => {
    sentences = [
      "Sign up for our morning newsletter to get the day's top stories in your inbox.",
      ...sentences,
      'This article originally appeared on a partner site and is republished with permission. Share this story on social media. Comments are closed.',
    ];
  };
  switch (kind) {
    case 'edits':
      edit();
      break;
    case 'reorder':
      sentences = shuffle(sentences, random);
      break;
    case 'boilerplate':
      boilerplate();
      break;
    case 'truncation':
      sentences = sentences.slice(0, Math.max(2, Math.ceil(sentences.length * (0.6 + 0.25 * random()))));
      break;
    case 'reheadline':
      title = base[Math.floor(random() * base.length)]!.title;
      break;
    case 'edits+boilerplate':
      edit();
      boilerplate();
      break;
  }
  return `${title}\n\n${sentences.join(' ')}`;
}

function pairwise(groups: string[][], items: Item[]): { precision: number; recall: number; f1: number } {
  const groupOf = new Map(items.map((item) => [item.id, item.group]));
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const group of groups) {
    for (let a = 0; a < group.length; a += 1) {
      for (let b = a + 1; b < group.length; b += 1) {
        predictedPairs += 1;
        if (groupOf.get(group[a]!) === groupOf.get(group[b]!)) correctPairs += 1;
      }
    }
  }
  const goldSizes = new Map<string, number>();
  for (const item of items) goldSizes.set(item.group, (goldSizes.get(item.group) ?? 0) + 1);
  const goldPairs = [...goldSizes.values()].reduce((sum, size) => sum + (size * (size - 1)) / 2, 0);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : correctPairs / goldPairs;
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / (precision + recall || 1)),
  };
}

function recallOf(kind: Perturbation, groups: string[][], items: Item[]): number {
  const together = new Set(groups.flatMap((group) => group.map((id) => `${id}|${group.join(',')}`)));
  const copies = items.filter((item) => item.perturbation === kind);
  const found = copies.filter((copy) =>
    [...together].some(
      (entry) => entry.startsWith(`${copy.id}|`) && entry.split('|')[1]!.split(',').includes(copy.group),
    ),
  );
  return round(copies.length === 0 ? 1 : found.length / copies.length);
}

function shuffle<T>(values: T[], random: () => number): T[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
