/**
 * @module enrich/lemmatize
 * Words with their dictionary forms and parts of speech: wink-nlp's lemmatiser (which knows irregular
 * forms: "fell" → "fall", "rose" → "rise"), backed by WordNet's own suffix rules where wink leaves an
 * inflected word whole ("prices" tagged as a name). For the verifier, which compares meanings, not spellings.
 */
import { winkModel } from './wink-model.js';
import { isWordNetLemma } from './wordnet-lexicon.js';

/** One word of a text. */
export interface LemmaToken {
  /** The word as written, lower-cased ("fell", "n't", "four-star"). */
  word: string;
  /** Its dictionary forms, the word itself first: ["fell", "fall"]; several when the reading is unsure. */
  lemmas: readonly string[];
  /** Universal part-of-speech tag from wink ("NOUN", "VERB", "ADJ", "ADV", "NUM", "PUNCT", …). */
  pos: string;
}

/**
 * WordNet's detachment rules (the "morphy" algorithm of the WordNet library, wninit/morph.c): an
 * ending and what replaces it. A candidate counts only when WordNet knows the result.
 */
const SUFFIX_RULES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];
/** The adjective rules ("fewer" → "few", "wider" → "wide"), applied to adjectives and adverbs only. */
const ADJECTIVE_RULES: ReadonlyArray<readonly [string, string]> = [
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];
const ADJECTIVE_TAGS = new Set(['ADJ', 'ADV']);

/**
 * The WordNet lemmas `word` may be an inflection of (a doubled final consonant undone: "stopped" →
 * "stop"); comparative endings only when `isAdjective`, so "matter" does not become "matt".
 */
export function morphy(word: string, isAdjective = false): string[] {
  const found = new Set<string>();
  for (const [ending, replacement] of isAdjective ? [...SUFFIX_RULES, ...ADJECTIVE_RULES] : SUFFIX_RULES) {
    if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (isWordNetLemma(stem)) found.add(stem);
    const undoubled = stem.replace(/([bdgklmnprt])\1$/, '$1');
    if (undoubled !== stem && isWordNetLemma(undoubled)) found.add(undoubled);
  }
  return [...found];
}

/** Texts already read, by text: the verifier reads each cited record many times. */
const cache = new Map<string, LemmaToken[]>();
/** Cached texts kept at most (a build reads a few hundred records; the eval a few thousand). */
const MAX_CACHED = 4096;

/**
 * The words of `text`, in order, each with its lemmas and tag. Punctuation is kept as tokens (tag
 * "PUNCT") so that callers can find clause edges. Results for long texts are cached.
 */
export function lemmatize(text: string): LemmaToken[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const nlp = winkModel();
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out(nlp.its.normal) as string[];
  // wink's types give `its.lemma` a signature `out` does not accept; at run time it is an ordinary `its` helper.
  const winkLemmas = tokens.out(nlp.its.lemma as unknown as typeof nlp.its.normal) as string[];
  const tags = tokens.out(nlp.its.pos) as string[];
  const result = words.map((raw, index): LemmaToken => {
    // "America's" and a word glued to an ellipsis ("in...") read as the bare word.
    const word = raw.replace(/’/g, "'").replace(/(?<=\p{L})(?:'s|\.+)$/u, '');
    const lemma = (winkLemmas[index] ?? word).toLowerCase();
    const lemmas = new Set([word, lemma.replace(/(?<=\p{L})(?:'s|\.+)$/u, '')]);
    // A hyphenated compound ("anti-cancel-culture", "four-star") also stands for its parts.
    if (word.includes('-')) for (const part of word.split('-')) if (/\p{L}{3,}/u.test(part)) lemmas.add(part);
    if (/^\p{L}{4,}$/u.test(word) && lemma === word)
      for (const form of morphy(word, ADJECTIVE_TAGS.has(tags[index] ?? ''))) lemmas.add(form);
    return { word, lemmas: [...lemmas], pos: tags[index] ?? 'X' };
  });
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, result);
  return result;
}
