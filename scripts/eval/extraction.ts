/**
 * Article-extraction eval on the Zyte article-extraction-benchmark: 4-token-shingle precision,
 * recall and F1 against the hand-made `articleBody`, for our extractArticle, Readability on linkedom
 * and Readability on jsdom, in this one process on the same pages. Each peer is also timed (its
 * parse plus its extraction, per page), so the JSON carries pages per second beside the quality.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corporaDir, type TaskResult } from '../harness.js';
import { extractors, type PeerName } from './extraction-peers.js';

/** Shingle width used by the benchmark's evaluate.py (SOURCE.md, step 2). */
const SHINGLE_SIZE = 4;
/** Python 3 `\\w` (str.isalnum() or "_"): Unicode letters, numbers and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

interface PageScore {
  precision: number | null;
  recall: number | null;
}
interface Summary {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}
interface PeerResult extends Summary {
  pagesPerSecond: number;
  failures: number;
  failedPages: string[];
}

/** One benchmark page: its id, URL, HTML and the expected body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

/** The benchmark's pages, or null when the corpora folder is absent. */
export function loadBenchmarkPages(): BenchmarkPage[] | null {
  const root = corporaDir();
  if (!root) return null;
  const dir = join(root, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, { articleBody, url }]) => ({
    id,
    url,
    articleBody,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

/** Scores every peer on every page; the JSON is `{ ours, readabilityLinkedom, readabilityJsdom, pages }`. */
export async function evalExtraction(): Promise<TaskResult> {
  const pages = loadBenchmarkPages();
  if (!pages) {
    process.stdout.write('extraction eval skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const results = {} as Record<PeerName, PeerResult>;
  for (const name of Object.keys(extractors) as PeerName[]) results[name] = runPeer(name, pages);
  const rows = Object.entries(results).map(([extractor, { failedPages: _failed, ...summary }]) => ({
    extractor,
    ...summary,
  }));
  return { rows, json: { ...results, pages: pages.length } };
}

/** One peer over all pages. A page it throws on counts as a failure and scores as empty output. */
function runPeer(name: PeerName, pages: BenchmarkPage[]): PeerResult {
  const extract = extractors[name];
  const scores: PageScore[] = [];
  const failedPages: string[] = [];
  let seconds = 0;
  for (const page of pages) {
    let text = '';
    const started = performance.now();
    try {
      text = extract(page.html, page.url);
    } catch {
      failedPages.push(page.id);
    }
    seconds += (performance.now() - started) / 1000;
    scores.push(scorePage(text, page.articleBody));
  }
  return {
    ...summarise(scores),
    pagesPerSecond: Math.round((pages.length / seconds) * 10) / 10,
    failures: failedPages.length,
    failedPages,
  };
}

/** Per-page precision and recall over multisets of shingles, normalised so each page weighs the same. */
export function scorePage(predicted: string, expected: string): PageScore {
  const predictedShingles = shingles(predicted);
  const expectedShingles = shingles(expected);
  let truePositives = 0;
  for (const [shingle, count] of predictedShingles)
    truePositives += Math.min(count, expectedShingles.get(shingle) ?? 0);
  const falsePositives = total(predictedShingles) - truePositives;
  const falseNegatives = total(expectedShingles) - truePositives;
  if (falsePositives === 0 && falseNegatives === 0) return { precision: 1, recall: 1 };
  return {
    precision: truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : null,
    recall: truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : null,
  };
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  for (let index = 0; index + SHINGLE_SIZE <= Math.max(tokens.length, SHINGLE_SIZE); index += 1) {
    const shingle = tokens.slice(index, index + SHINGLE_SIZE).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

/** Mean precision and recall over the pages where each is defined; F1 from the means (evaluate.py's order). */
function summarise(scores: PageScore[]): Summary {
  const mean = (values: number[]) =>
    values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
  const precision = mean(scores.map((score) => score.precision).filter((value): value is number => value !== null));
  const recall = mean(scores.map((score) => score.recall).filter((value): value is number => value !== null));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), pages: scores.length };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
