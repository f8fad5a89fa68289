/**
 * @module enrich/find-proper-nouns
 * Which terms of a collection are names: capitalised wherever they occur mid-sentence.
 */
import { splitSentences } from './split-sentences.js';
import { tokenizeKeepingCase } from './tokenize.js';
import { isStopWord } from './stop-words.js';

/**
 * Share of a term's mid-sentence occurrences that must be capitalised for it to count as a name.
 * 0.8 tolerates the odd lower-case slip in comments while keeping words like "Bus" in headlines out.
 */
export const PROPER_NOUN_CAPITALISED_SHARE = 0.8;

/**
 * Lower-cased terms that behave as proper nouns across `texts`: seen at least once in the middle of a
 * sentence (the first word of a sentence says nothing), and capitalised in at least
 * {@link PROPER_NOUN_CAPITALISED_SHARE} of those occurrences. Stop words and pure numbers never count.
 */
export function findProperNouns(texts: string[]): Set<string> {
  const capitalised = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const text of texts) {
    for (const sentence of splitSentences(text)) {
      const tokens = tokenizeKeepingCase(sentence);
      for (let index = 1; index < tokens.length; index += 1) {
        const token = tokens[index]!;
        const term = token.toLocaleLowerCase('en-US');
        if (isStopWord(term) || /^\p{N}/u.test(term)) continue;
        seen.set(term, (seen.get(term) ?? 0) + 1);
        if (/^\p{Lu}/u.test(token)) capitalised.set(term, (capitalised.get(term) ?? 0) + 1);
      }
    }
  }
  const names = new Set<string>();
  for (const [term, count] of seen) {
    if ((capitalised.get(term) ?? 0) / count >= PROPER_NOUN_CAPITALISED_SHARE) names.add(term);
  }
  return names;
}
