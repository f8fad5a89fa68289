/**
 * Loads the two clustering corpora as source records fed in a fixed, seeded order: ECB+ (982
 * articles, 86 gold events in 43 topics) and a NeuS/AllSides split (three outlets per story).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRecord } from '../../src/model/index.js';

/** One corpus: records in stream order, and each record's gold event (and, for ECB+, topic). */
export interface ClusteringCorpus {
  records: SourceRecord[];
  event: Map<string, string>;
  topic: Map<string, string>;
}

/** The seed of the stream order. Neither corpus has usable dates, so the order is a seeded shuffle. */
export const STREAM_ORDER_SEED = 20261202;
/** Records arrive this far apart in the stream; with the time window off it only fixes their order. */
const ARRIVAL_SPACING_MS = 60_000;
const STREAM_START = Date.UTC(2026, 0, 1);

interface EcbDocument {
  doc_name: string;
  topic: number;
  event_cluster: string;
  source_url: string | null;
  sentences: string[];
}
interface Article {
  id: string;
  title: string | null;
  text: string;
  event: string;
  topic: string;
  venue: string;
}

export function readEcbPlus(root: string): ClusteringCorpus {
  const articles = readFileSync(join(root, 'ecb-plus', 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EcbDocument)
    .map(
      (document): Article => ({
        id: document.doc_name,
        title: null,
        text: document.sentences.join('\n\n'),
        event: document.event_cluster,
        topic: String(document.topic),
        venue: document.source_url ? new URL(document.source_url).hostname : 'ECB',
      }),
    );
  return toCorpus(articles);
}

/** A NeuS split: each line is one story of three articles, `TITLE=> … ARTICLE=> …`, joined by ` [SEP] `. */
export function readNeus(root: string, split: 'train' | 'val' | 'test'): ClusteringCorpus {
  const file = join(root, 'neus-allsides', 'naacl2022_lrc_roundup_random_order_probe', `${split}.source`);
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .flatMap((line, story) =>
      line.split(' [SEP] ').map((article, position): Article => {
        const parts = /^TITLE=>\s*([\s\S]*?)\.?\s*ARTICLE=>\s*([\s\S]*)$/.exec(article.trim());
        return {
          id: `${split}-${story}-${position}`,
          title: parts ? parts[1]! : null,
          text: parts ? parts[2]! : article,
          event: String(story),
          topic: String(story),
          venue: 'AllSides',
        };
      }),
    );
  return toCorpus(articles);
}

function toCorpus(articles: Article[]): ClusteringCorpus {
  const ordered = seededShuffle(articles, STREAM_ORDER_SEED);
  const records = ordered.map((article, index): SourceRecord => {
    const time = new Date(STREAM_START + index * ARRIVAL_SPACING_MS).toISOString();
    return {
      id: article.id,
      platform: 'web',
      kind: 'press',
      sourceId: null,
      externalId: article.id,
      url: null,
      canonicalUrl: null,
      title: article.title,
      author: null,
      publishedAt: time,
      fetchedAt: time,
      text: article.text,
      threadId: null,
      parentId: null,
      engagement: {},
      language: 'en',
      venue: article.venue,
      rawHash: '',
    };
  });
  return {
    records,
    event: new Map(articles.map((article) => [article.id, article.event])),
    topic: new Map(articles.map((article) => [article.id, article.topic])),
  };
}

/** Fisher–Yates with a linear congruential generator (Numerical Recipes' constants): the same order every run. */
function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}
