/**
 * ECB+ entity mentions for the entities eval: the XML files of ECBplus_xml.tar.gz, extracted into a
 * temporary folder (removed after), read into documents with their annotated sentences and their
 * proper-noun-ish gold entity mentions. No corpus text is written anywhere else.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityType } from '../../src/model/index.js';
import { isStopWord } from '../../src/enrich/stop-words.js';

/**
 * Gold entity tags and the type we compare against (null: counted for precision and recall, no type).
 * HUMAN_PART_GPE is a country or city acting ("Israel said"): it names a place. HUMAN_PART_MET is a
 * metonym ("the White House said"), NON_HUMAN_PART mostly objects and works, HUMAN_PART_VEH vehicles.
 */
export const GOLD_TYPES: Readonly<Record<string, EntityType | null>> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organisation',
  HUMAN_PART_GPE: 'place',
  HUMAN_PART_FAC: 'place',
  LOC_GEO: 'place',
  LOC_FAC: 'place',
  LOC_OTHER: 'place',
  HUMAN_PART_MET: null,
  NON_HUMAN_PART: 'product',
  HUMAN_PART_VEH: 'product',
};
/** Words inside a name that need not be capitalised for a gold mention to count as a proper noun. */
const INNER_LOWER_WORDS = new Set([
  'of',
  '&',
  'and',
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'du',
  'la',
  'le',
  '-',
  '.',
]);
/** Leading words dropped from a gold mention ("the Bank of England" → "Bank of England") and trailing possessives. */
const LEADING_DETERMINERS = new Set(['the', 'a', 'an']);

export interface GoldMention {
  /** Lower-cased words joined by spaces. */
  text: string;
  type: EntityType | null;
  tag: string;
}

export interface EcbDocument {
  name: string;
  /** Sentences holding at least one annotated mention (ECB+ annotates only some sentences), one per line. */
  annotatedText: string;
  /** Every sentence, one per line (ecbplus's sentence 0, the URL, left out). */
  fullText: string;
  /** Distinct proper-noun-ish gold mentions, first seen first. */
  gold: GoldMention[];
}

/** Reads every document of the tarball under `root` (the corpora folder). */
export function readEcbPlusMentions(root: string): EcbDocument[] {
  const folder = mkdtempSync(join(tmpdir(), 'uc-ecb-'));
  try {
    execFileSync('tar', ['xzf', join(root, 'ecb-plus', 'ECBplus_xml.tar.gz'), '-C', folder]);
    const documents: EcbDocument[] = [];
    const base = join(folder, 'ECB+');
    for (const topic of readdirSync(base).sort((a, b) => Number(a) - Number(b))) {
      for (const file of readdirSync(join(base, topic))
        .filter((name) => name.endsWith('.xml'))
        .sort()) {
        documents.push(readDocument(file, readFileSync(join(base, topic, file), 'utf8')));
      }
    }
    return documents;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function readDocument(name: string, xml: string): EcbDocument {
  const tokens = new Map<string, { sentence: number; text: string }>();
  for (const match of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)) {
    tokens.set(match[1]!, { sentence: Number(match[2]), text: decode(match[3]!) });
  }
  const skipSentence = name.endsWith('ecbplus.xml') ? 0 : -1;
  const annotated = new Set<number>();
  const gold = new Map<string, GoldMention>();
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  for (const match of markables.matchAll(/<([A-Z_]+) m_id="\d+"[^>/]*>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...match[2]!.matchAll(/t_id="(\d+)"/g)]
      .map((anchor) => tokens.get(anchor[1]!))
      .filter((token) => token !== undefined);
    if (anchors.length === 0 || anchors[0]!.sentence === skipSentence) continue;
    for (const token of anchors) annotated.add(token.sentence);
    const tag = match[1]!;
    if (!(tag in GOLD_TYPES)) continue;
    const words = properNounWords(anchors.map((token) => token.text));
    if (!words) continue;
    const text = words.join(' ').toLocaleLowerCase('en-US');
    if (!gold.has(text)) gold.set(text, { text, type: GOLD_TYPES[tag]!, tag });
  }
  const sentences = new Map<number, string[]>();
  for (const token of tokens.values()) {
    if (token.sentence === skipSentence) continue;
    const words = sentences.get(token.sentence);
    if (words) words.push(token.text);
    else sentences.set(token.sentence, [token.text]);
  }
  const ordered = [...sentences.entries()].sort((a, b) => a[0] - b[0]);
  return {
    name,
    annotatedText: ordered
      .filter(([index]) => annotated.has(index))
      .map(([, words]) => words.join(' '))
      .join('\n'),
    fullText: ordered.map(([, words]) => words.join(' ')).join('\n'),
    gold: [...gold.values()],
  };
}

/**
 * The mention's words when it is a proper noun: leading determiners and trailing possessives dropped,
 * every remaining word capitalised (inner connectors aside), not a lone stop word ("He"). Else null.
 */
function properNounWords(words: string[]): string[] | null {
  let start = 0;
  let end = words.length;
  while (start < end && LEADING_DETERMINERS.has(words[start]!.toLocaleLowerCase('en-US'))) start += 1;
  while (end > start && /^'s?$/.test(words[end - 1]!)) end -= 1;
  const kept = words.slice(start, end);
  if (kept.length === 0) return null;
  const isCapital = (word: string) => /^\p{Ll}{0,2}\p{Lu}/u.test(word);
  if (!isCapital(kept[0]!) || !isCapital(kept[kept.length - 1]!)) return null;
  if (!kept.every((word) => isCapital(word) || INNER_LOWER_WORDS.has(word.toLocaleLowerCase('en-US')))) return null;
  if (kept.length === 1 && isStopWord(kept[0]!.toLocaleLowerCase('en-US'))) return null;
  return kept;
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
