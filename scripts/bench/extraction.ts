/**
 * Article-extraction speed: pages per second of our extractArticle against @mozilla/readability on
 * linkedom and on jsdom, each timed over parse plus extraction, on the 181 benchmark pages in this
 * one process. Passes alternate between peers so machine load falls on all of them alike.
 */
import type { TaskResult } from '../harness.js';
import { extractors, type PeerName } from '../eval/extraction-peers.js';
import { loadBenchmarkPages, type BenchmarkPage } from '../eval/extraction.js';

/**
 * Passes over all pages per peer; the median pass is kept, so one GC pause or busy moment does not
 * decide the figure. Readability on jsdom takes 50–110 s a pass on the 2-core machine, so it runs once.
 */
const TIMING_PASSES: Record<PeerName, number> = { ours: 5, readabilityLinkedom: 3, readabilityJsdom: 1 };

export async function benchExtraction(): Promise<TaskResult> {
  const pages = loadBenchmarkPages();
  if (!pages) {
    process.stdout.write('extraction bench skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const names = Object.keys(extractors) as PeerName[];
  const passes = new Map<PeerName, number[]>(names.map((name) => [name, []]));
  const most = Math.max(...Object.values(TIMING_PASSES));
  for (let pass = 0; pass < most; pass += 1) {
    for (const name of names) if (pass < TIMING_PASSES[name]) passes.get(name)!.push(timePass(name, pages));
  }
  const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0) / 1e6;
  const seconds = new Map(names.map((name) => [name, median(passes.get(name)!)]));
  const ours = seconds.get('ours')!;
  const rows: TaskResult['rows'] = names.map((name) => ({
    extractor: name,
    'pages/s': Number((pages.length / seconds.get(name)!).toFixed(1)),
    'MB/s': Number((megabytes / seconds.get(name)!).toFixed(2)),
    'ours faster ×': Number((seconds.get(name)! / ours).toFixed(2)),
  }));
  return {
    rows,
    json: {
      pages: pages.length,
      megabytes: Number(megabytes.toFixed(2)),
      passes: TIMING_PASSES,
      results: rows,
      speedup: Object.fromEntries(
        names.filter((name) => name !== 'ours').map((name) => [name, Number((seconds.get(name)! / ours).toFixed(2))]),
      ),
    },
  };
}

/** Seconds for one pass of `name` over every page; a page it throws on still counts its time. */
function timePass(name: PeerName, pages: BenchmarkPage[]): number {
  const extract = extractors[name];
  const started = performance.now();
  for (const page of pages) {
    try {
      extract(page.html, page.url);
    } catch {
      // Failures are the eval's business; here only the time counts.
    }
  }
  return (performance.now() - started) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
