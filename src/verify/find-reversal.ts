/**
 * @module verify/find-reversal
 * A written word whose opposite stands in the cited sentence it restates: "fell" where the source
 * says "rose", "outside" where it says "within", "rejected" where it says "approved". Opposites come
 * from WordNet's antonyms and the comparatives WordNet lacks.
 */
import { morphy, type LemmaToken } from '../enrich/lemmatize.js';
import { isWordNetLemma, lexicalRelations, wordNetParts } from '../enrich/wordnet-lexicon.js';
import { OPPOSITES, PARAPHRASES } from './paraphrase-lexicon.js';
import type { EvidenceSentence } from './support-evidence.js';

/** A reversal found: the written word and the cited sentence's opposite. */
export interface Reversal {
  written: string;
  opposite: string;
  cited: string;
}

/**
 * Words opposite to this token: WordNet antonyms of its lemmas, the hand table's opposites, and the
 * opposites of its hand-table equivalents ("dropped" ≈ "fall" ↔ "rise"). WordNet synonyms are not
 * followed: their rarer senses reach unrelated opposites ("survive" ≈ "last" ↔ "first").
 */
function oppositesOf(token: LemmaToken): Set<string> {
  const opposites = new Set<string>();
  for (const lemma of token.lemmas) {
    for (const source of [lemma, ...(PARAPHRASES.get(lemma) ?? [])]) {
      for (const word of OPPOSITES.get(source) ?? []) opposites.add(word);
      for (const word of lexicalRelations(source).antonyms) opposites.add(word);
    }
  }
  // A prefix negates an adjective: "unvaccinated" ↔ "vaccinated", "non-essential" ↔ "essential".
  // Only adjectives (or words WordNet lacks), so "income" is never the opposite of "come".
  const prefixed = /^(?:un|in|il|im|ir|dis|non)-?(\p{L}{4,})$/u.exec(token.word);
  if (prefixed) {
    const base = prefixed[1]!;
    const bothAdjectives = wordNetParts(token.word).has('a') && wordNetParts(base).has('a');
    if (bothAdjectives || (!isWordNetLemma(token.word) && (isWordNetLemma(base) || morphy(base).length > 0)))
      opposites.add(base);
  }
  for (const prefix of ['un', 'non', 'dis']) opposites.add(`${prefix}${token.word}`);
  for (const lemma of token.lemmas) opposites.delete(lemma);
  return opposites;
}

/** Words that say the same as this token: its lemmas and the hand table's equivalents (WordNet's rarer synonyms would excuse too much: "fall" ≈ "come"). */
function samesOf(token: LemmaToken): Set<string> {
  const same = new Set(token.lemmas);
  for (const lemma of token.lemmas) for (const word of PARAPHRASES.get(lemma) ?? []) same.add(word);
  return same;
}

/** Particles that make a phrasal verb ("take down", "step up"): after a verb they carry no direction. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'in', 'on']);

function isParticle(tokens: readonly LemmaToken[], index: number): boolean {
  return PARTICLES.has(tokens[index]!.word) && tokens[index - 1]?.pos === 'VERB';
}

/** How many of `tokens` (particles aside) have a lemma in `words`. */
function countOf(tokens: readonly LemmaToken[], words: ReadonlySet<string>): number {
  return tokens.filter((token, index) => !isParticle(tokens, index) && token.lemmas.some((lemma) => words.has(lemma)))
    .length;
}

/**
 * The first written word that took the place of its opposite in an aligned cited sentence: the cited
 * sentence holds the word (or an equivalent) fewer times than the written one, and its opposite more
 * times. Counting, rather than testing presence, catches "banned … the abortion ban" written for
 * "allowed … the abortion ban" and lets "failed to pass" stand for "was unable to pass". `tokens` are
 * the written sentence's words, of which those `isCompared` accepts are tested; null when none.
 */
export function findReversal(
  tokens: readonly LemmaToken[],
  isCompared: (token: LemmaToken) => boolean,
  aligned: readonly EvidenceSentence[],
): Reversal | null {
  for (const [index, token] of tokens.entries()) {
    if (!isCompared(token) || isParticle(tokens, index)) continue;
    const opposites = oppositesOf(token);
    if (opposites.size === 0) continue;
    const same = samesOf(token);
    const [sameWritten, oppositeWritten] = [countOf(tokens, same), countOf(tokens, opposites)];
    for (const sentence of aligned) {
      if (countOf(sentence.tokens, same) >= sameWritten) continue;
      if (countOf(sentence.tokens, opposites) <= oppositeWritten) continue;
      const opposite = sentence.tokens.find(
        (cited, at) => cited.lemmas.some((lemma) => opposites.has(lemma)) && !isParticle(sentence.tokens, at),
      );
      if (opposite) return { written: token.word, opposite: opposite.word, cited: sentence.text };
    }
  }
  return null;
}
