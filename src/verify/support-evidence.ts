/**
 * @module verify/support-evidence
 * What the cited records can vouch for, word by word: every lemma they hold, and every word WordNet
 * puts beside one of those lemmas (a synonym, a more general word, a related form). Built once per
 * record and kept, because the verifier reads each cited record for many sentences.
 */
import type { SourceRecord } from '../model/index.js';
import { lemmatize, type LemmaToken } from '../enrich/lemmatize.js';
import { splitSentences } from '../enrich/split-sentences.js';
import { isStopWord } from '../enrich/stop-words.js';
import { lexicalRelations } from '../enrich/wordnet-lexicon.js';
import { PARAPHRASES } from './paraphrase-lexicon.js';

/** One sentence of a cited record, read into lemmas. */
export interface EvidenceSentence {
  text: string;
  tokens: readonly LemmaToken[];
  /** Every lemma form of every word in the sentence. */
  lemmas: ReadonlySet<string>;
}

/** What a set of cited records vouches for. */
export interface SupportEvidence {
  sentences: readonly EvidenceSentence[];
  /** Every lemma form of every word in the records' titles and texts. */
  lemmas: ReadonlySet<string>;
  /** Those lemmas and their WordNet synonyms, hypernyms and related forms. */
  cover: ReadonlySet<string>;
  /** The records' titles and texts lower-cased with single spaces, for multiword synonyms ("close to"). */
  text: string;
}

const byRecord = new WeakMap<SourceRecord, SupportEvidence>();

/** Whether a lemma is worth expanding through WordNet: a word with letters that is not a function word. */
export function isContentLemma(lemma: string): boolean {
  return /\p{L}{2,}/u.test(lemma) && !isStopWord(lemma);
}

function sentenceOf(text: string): EvidenceSentence {
  const tokens = lemmatize(text);
  return { text, tokens, lemmas: new Set(tokens.flatMap((token) => token.lemmas)) };
}

function recordEvidence(record: SourceRecord): SupportEvidence {
  const cached = byRecord.get(record);
  if (cached) return cached;
  const sentences = [record.title ?? '', ...splitSentences(record.text)].filter(Boolean).map(sentenceOf);
  const lemmas = new Set(sentences.flatMap((sentence) => [...sentence.lemmas]));
  const cover = new Set(lemmas);
  for (const lemma of lemmas) {
    if (!isContentLemma(lemma)) continue;
    const relations = lexicalRelations(lemma);
    for (const set of [relations.synonyms, relations.hypernyms, relations.related])
      for (const word of set) cover.add(word);
    for (const word of PARAPHRASES.get(lemma) ?? []) cover.add(word);
  }
  const text = ` ${`${record.title ?? ''}\n${record.text}`.toLowerCase().replace(/\s+/g, ' ')} `;
  const evidence = { sentences, lemmas, cover, text };
  byRecord.set(record, evidence);
  return evidence;
}

/** The evidence of several records together (one record's evidence as is). */
export function evidenceOf(records: readonly SourceRecord[]): SupportEvidence {
  const parts = records.map(recordEvidence);
  if (parts.length === 1) return parts[0]!;
  return {
    sentences: parts.flatMap((part) => part.sentences),
    lemmas: new Set(parts.flatMap((part) => [...part.lemmas])),
    cover: new Set(parts.flatMap((part) => [...part.cover])),
    text: parts.map((part) => part.text).join(' '),
  };
}

/**
 * Whether the evidence vouches for a word with these lemmas: one of them is in the records, is a
 * synonym, more general word or related form of a record word, or has a synonym or related form in
 * the records (WordNet's multiword forms, "close to", looked up in the text). With `twoSteps`, a
 * synonym that is itself related to a record word will do ("jobless" ≈ "unemployed" ~ "unemployment"):
 * looser, so the caller keeps it for words that do not name things.
 */
export function isVouchedFor(lemmas: readonly string[], evidence: SupportEvidence, twoSteps = false): boolean {
  for (const lemma of lemmas) {
    if (evidence.lemmas.has(lemma) || evidence.cover.has(lemma)) return true;
    const relations = lexicalRelations(lemma);
    for (const word of [...relations.synonyms, ...relations.related, ...(PARAPHRASES.get(lemma) ?? [])]) {
      if (evidence.lemmas.has(word) || (twoSteps && evidence.cover.has(word))) return true;
      if (word.includes(' ') && evidence.text.includes(` ${word} `)) return true;
    }
  }
  return false;
}

/** The cited sentences sharing most content lemmas with `lemmas`, best first: the top one and any within 80% of it. */
export function closestSentences(evidence: SupportEvidence, lemmas: ReadonlySet<string>): readonly EvidenceSentence[] {
  const scored = evidence.sentences
    .map((sentence) => ({
      sentence,
      shared: [...lemmas].filter((lemma) => isContentLemma(lemma) && sentence.lemmas.has(lemma)).length,
    }))
    .filter((each) => each.shared > 0)
    .sort((a, b) => b.shared - a.shared);
  const best = scored[0]?.shared ?? 0;
  return scored.filter((each) => each.shared >= best * CLOSE_SHARE).map((each) => each.sentence);
}

/** A cited sentence counts as aligned with the written one when it shares this share of the best match's words. */
const CLOSE_SHARE = 0.8;
