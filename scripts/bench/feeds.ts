/**
 * Feed parsing speed: ours (parsePayload, which also decodes bytes, detects the format and cleans
 * every item's HTML to text) against rss-parser and @extractus/feed-extractor, on the rss-parser
 * golden fixtures, in one process, in MB/s, with the item counts each produced. Peers get the
 * decoded text (their normal input); ours gets the bytes (ours).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { extractFromXml } from '@extractus/feed-extractor';
import { corporaDir, type TaskResult } from '../harness.js';
import { decodePayload } from '../../src/parse/decode-payload.js';
import { parseFeedXml } from '../../src/parse/feed/parse-feed-xml.js';
import { parsePayload } from '../../src/parse/parse-payload.js';

/** Passes over the whole set per peer, best kept. */
const RUNS = 8;

export async function benchFeeds(): Promise<TaskResult> {
  const root = corporaDir();
  if (!root) {
    process.stdout.write('feeds bench skipped: ../shared/corpora is absent\n');
    return { rows: [], json: { skipped: true } };
  }
  const dir = join(root, 'rss-parser-fixtures', 'input');
  const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const texts = files.map((file) => ({ name: file.name, text: new TextDecoder().decode(file.bytes) }));
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1e6;
  const rssParser = new Parser();

  const peers: Array<{ name: string; parse: (index: number) => Promise<number> }> = [
    {
      name: 'undercurrent (ours)',
      parse: async (index) => parsePayload({ bytes: files[index]!.bytes, contentType: null, url: null }).records.length,
    },
    { name: 'rss-parser', parse: async (index) => (await rssParser.parseString(texts[index]!.text)).items.length },
    {
      name: '@extractus/feed-extractor',
      parse: async (index) => (extractFromXml(texts[index]!.text) as { entries?: unknown[] }).entries?.length ?? 0,
    },
  ];
  const rows: TaskResult['rows'] = [];
  const results: Record<string, { seconds: number; items: number; failures: number }> = {};
  // Passes alternate between peers, so a burst of load from elsewhere on the machine hits each alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const peer of peers) {
      let items = 0;
      let failures = 0;
      const started = performance.now();
      for (let index = 0; index < files.length; index += 1) {
        try {
          items += await peer.parse(index);
        } catch {
          failures += 1;
        }
      }
      const seconds = (performance.now() - started) / 1000;
      const previous = results[peer.name];
      results[peer.name] = {
        seconds: Math.min(seconds, previous?.seconds ?? Number.POSITIVE_INFINITY),
        items,
        failures,
      };
    }
  }
  for (const peer of peers) {
    const { seconds, items, failures } = results[peer.name]!;
    rows.push({
      parser: peer.name,
      files: files.length,
      'MB/s': Number((megabytes / seconds).toFixed(1)),
      items,
      'files it rejected': failures,
    });
  }
  const ours = results['undercurrent (ours)']!.seconds;
  const fastestPeer = Math.min(results['rss-parser']!.seconds, results['@extractus/feed-extractor']!.seconds);
  const ratioToFastestPeer = Number((fastestPeer / ours).toFixed(2));
  const itemCountDifferences = await itemCountsWhereTheyDiffer(
    files.map((file) => file.name),
    peers,
  );
  const stages = stageSeconds(files.map((file) => file.bytes));
  process.stdout.write(`ours by stage, best of ${RUNS} (s): ${JSON.stringify(stages)}\n`);
  process.stdout.write(
    `ours is ${ratioToFastestPeer}x the faster peer; files where the item counts differ (a rejected file counts as "rejected"):\n`,
  );
  for (const difference of itemCountDifferences) process.stdout.write(`  ${JSON.stringify(difference)}\n`);
  return {
    rows,
    json: { megabytes: Number(megabytes.toFixed(2)), results, ratioToFastestPeer, itemCountDifferences, stages },
  };
}

/**
 * Where our time goes, cumulatively: decoding the bytes; decoding and reading the XML into
 * elements; the whole parse (format detection, every field, HTML cleaned to text, ids and URLs).
 */
function stageSeconds(payloads: Uint8Array[]): { decode: number; decodeAndXml: number; wholeParse: number } {
  const best = (work: (bytes: Uint8Array) => void) => {
    let seconds = Number.POSITIVE_INFINITY;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      for (const bytes of payloads) {
        try {
          work(bytes);
        } catch {
          // a rejected file costs what it cost
        }
      }
      seconds = Math.min(seconds, (performance.now() - started) / 1000);
    }
    return Number(seconds.toFixed(4));
  };
  const input = (bytes: Uint8Array) => ({ bytes, contentType: null, url: null });
  return {
    decode: best((bytes) => decodePayload(input(bytes))),
    decodeAndXml: best((bytes) => parseFeedXml(decodePayload(input(bytes)).text)),
    wholeParse: best((bytes) => parsePayload(input(bytes))),
  };
}

/** Per file, each peer's item count (or "rejected"), listed only where the peers disagree. */
async function itemCountsWhereTheyDiffer(
  names: string[],
  peers: Array<{ name: string; parse: (index: number) => Promise<number> }>,
): Promise<Array<Record<string, string | number>>> {
  const differences: Array<Record<string, string | number>> = [];
  for (let index = 0; index < names.length; index += 1) {
    const counts: Record<string, string | number> = {};
    for (const peer of peers) counts[peer.name] = await peer.parse(index).catch(() => 'rejected');
    if (new Set(Object.values(counts)).size > 1) differences.push({ file: names[index]!, ...counts });
  }
  return differences;
}
