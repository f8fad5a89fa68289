/**
 * @module enrich/find-proper-nouns
 * Which terms of a collection are names: capitalised wherever they occur mid-sentence.
 */
import type { EntityCandidate } from '../model/index.js';
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
  const totals = new Map<string, EntityCandidate>();
  for (const text of texts) addNameEvidence(text, totals);
  return namesAmong(totals.values());
}

/**
 * One text's evidence for {@link findProperNouns}: per lower-cased term (stop words and numbers left
 * out), its mid-sentence occurrences and how many of them were capitalised, first occurrence first.
 * Stored per record at ingest, so a build sums them instead of reading every text again.
 */
export function nameEvidenceOf(text: string): EntityCandidate[] {
  return [...addNameEvidence(text, new Map()).values()];
}

/**
 * The names of a collection from its texts' {@link nameEvidenceOf}: counts are summed per term over
 * the collection, then {@link PROPER_NOUN_CAPITALISED_SHARE} decides, as {@link findProperNouns} does.
 */
export function properNounsFrom(evidence: Iterable<readonly EntityCandidate[]>): Set<string> {
  const totals = new Map<string, EntityCandidate>();
  for (const candidates of evidence) {
    for (const [term, seen, capitalised] of candidates) {
      const total = totals.get(term);
      if (total) {
        total[1] += seen;
        total[2] += capitalised;
      } else totals.set(term, [term, seen, capitalised]);
    }
  }
  return namesAmong(totals.values());
}

/** Adds `text`'s mid-sentence occurrences into `totals` (term → [term, seen, capitalised]) and returns it. */
function addNameEvidence(text: string, totals: Map<string, EntityCandidate>): Map<string, EntityCandidate> {
  for (const sentence of splitSentences(text)) {
    const tokens = tokenizeKeepingCase(sentence);
    for (let index = 1; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      const term = token.toLocaleLowerCase('en-US');
      if (isStopWord(term) || /^\p{N}/u.test(term)) continue;
      let candidate = totals.get(term);
      if (!candidate) totals.set(term, (candidate = [term, 0, 0]));
      candidate[1] += 1;
      if (/^\p{Lu}/u.test(token)) candidate[2] += 1;
    }
  }
  return totals;
}

/** The terms capitalised in at least {@link PROPER_NOUN_CAPITALISED_SHARE} of their mid-sentence occurrences. */
function namesAmong(totals: Iterable<EntityCandidate>): Set<string> {
  const names = new Set<string>();
  for (const [term, seen, capitalised] of totals) {
    if (capitalised / seen >= PROPER_NOUN_CAPITALISED_SHARE) names.add(term);
  }
  return names;
}
