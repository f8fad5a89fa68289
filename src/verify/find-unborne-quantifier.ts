/**
 * @module verify/find-unborne-quantifier
 * A quantifier the cited records do not bear out: "all", "every", "none", "most", "unanimously"
 * written where the cited sentence it restates makes no such claim about the whole group.
 */
import type { LemmaToken } from '../enrich/lemmatize.js';
import { QUANTIFIER_FAMILIES } from './paraphrase-lexicon.js';
import type { EvidenceSentence } from './support-evidence.js';

/** Tags after which "most" is a superlative ("the most aggressive"), not a quantifier ("most people"). */
const SUPERLATIVE_NEXT = new Set(['ADJ', 'ADV']);

/** Whether the token at `index` makes a quantifier claim (and not a superlative or a set phrase). */
function isQuantifierAt(tokens: readonly LemmaToken[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (token.word === 'most' && (next === undefined || SUPERLATIVE_NEXT.has(next.pos) || next.word === 'recent'))
    return false;
  // "at all", "after all", "all but", "all-day": idioms and compounds, not claims about a group.
  if (token.word === 'all' && (tokens[index - 1]?.word === 'at' || tokens[index - 1]?.word === 'after')) return false;
  if (token.word === 'all' && (next?.word === 'but' || next?.word === '-')) return false;
  return true;
}

/**
 * The first quantifier in `tokens` that no aligned cited sentence bears out (by the same family's
 * words, or a phrase such as a "19-0" vote), as written; null when every one is borne out.
 */
export function findUnborneQuantifier(
  tokens: readonly LemmaToken[],
  aligned: readonly EvidenceSentence[],
): string | null {
  for (const [index, token] of tokens.entries()) {
    const family = QUANTIFIER_FAMILIES.find((each) => token.lemmas.some((lemma) => each.claims.has(lemma)));
    if (!family || !isQuantifierAt(tokens, index)) continue;
    const borne = aligned.some(
      (sentence) =>
        sentence.tokens.some((cited) => cited.lemmas.some((lemma) => family.borneOutBy.has(lemma))) ||
        (family.phrases?.test(sentence.text) ?? false),
    );
    if (!borne) return token.word;
  }
  return null;
}
