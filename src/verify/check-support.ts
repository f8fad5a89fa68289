/**
 * @module verify/check-support
 * Layer `support`: the cited records carry what the sentence says. Each content word (less the
 * engine's framing: "reported that", "a commenter on …", dates) must be vouched for by the cited
 * records: the same lemma, or a WordNet synonym, more general word or related form of one of theirs.
 * A noun they cannot vouch for is a new fact (a cause, an actor, a place, a time) and fails. The cited
 * sentence it restates must agree on negation, hold no opposite of its words, bear out its
 * quantifiers, and hold its figures in the same slots.
 */
import type { SourceRecord } from '../model/index.js';
import { extractQuantities } from '../enrich/extract-quantities.js';
import { lemmatize, type LemmaToken } from '../enrich/lemmatize.js';
import { isStopWord } from '../enrich/stop-words.js';
import { tokenize } from '../enrich/tokenize.js';
import { findReversal } from './find-reversal.js';
import { findSwappedFigures } from './find-swapped-figures.js';
import { findUnborneQuantifier } from './find-unborne-quantifier.js';
import { normalizeForMatch } from './normalize-text.js';
import { OPPOSITES, QUANTIFIER_FAMILIES } from './paraphrase-lexicon.js';
import { citedRecords, type SentenceCheck } from './sentence-check.js';
import { closestSentences, evidenceOf, isVouchedFor, type SupportEvidence } from './support-evidence.js';

/**
 * Share of a sentence's content words the cited records must vouch for. The engine frames record
 * sentences nearly verbatim (coverage 1.0); 0.75 leaves a model room for words of its own (an adverb,
 * a light verb) while catching a clause the sources never wrote (an added claim halves coverage).
 */
export const MIN_CONTENT_COVERAGE = 0.75;
/** Sentences with fewer content words than this are judged by the other layers alone. */
export const MIN_CONTENT_WORDS = 3;
/**
 * Parts of speech that carry a new fact when the records cannot vouch for them: nouns name a cause,
 * an actor, a place or a time ("a pay dispute", "union leaders", "the capital", "overnight").
 */
const NEW_FACT_TAGS = new Set(['NOUN', 'PROPN']);

/** Words the engine (or a model) uses to frame a source: not claims about the world. */
const FRAMING = new Set(
  (
    'reported reports report wrote writes said says added adds argued argues asked asks noted notes posted posts ' +
    'replied replies answered answers claimed claims stated states told announced according put way ' +
    'commenter commenters poster posters member members user users reader readers commenting contributor ' +
    'community press outlet forum discourse bluesky mastodon reddit hacker news record records story ' +
    'first later earlier before after followed raised took case words own side each here what ' +
    'sources source disagree disagrees figure figures gave give gives while one ' +
    // Groups a sentence may credit ("critics argued"): the attribution layer checks them against the records.
    'critics analysts experts observers commentators skeptics sceptics opponents supporters officials investors ' +
    'economists researchers insiders residents activists campaigners redditors ' +
    'january february march april may june july august september october november december utc'
  ).split(' '),
);

/**
 * Verbs that carry grammar more than meaning ("took effect", "got vaccinated", "made clear"): a
 * paraphrase may swap one for another, so they are not content words.
 */
const LIGHT_VERBS = new Set('be have do take make get give go come put set keep let seem become'.split(' '));

/** Quantifier words ("majority", "every"): {@link findUnborneQuantifier} weighs them, not the content count. */
const QUANTIFIER_WORDS = new Set(QUANTIFIER_FAMILIES.flatMap((family) => [...family.claims, ...family.borneOutBy]));

/** Negators: a sentence and its source must agree on how many they hold (an odd difference flips the claim). */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without']);
/**
 * Lemmas that negate by meaning: "will stop carrying out" says what "will no longer carry out" says,
 * "could not reach" what "were unable to access" says. Counted with the negators on both sides, so a
 * paraphrase may trade one for the other while "did not stop" still differs from "stopped".
 */
const IMPLICIT_NEGATIVES = new Set([
  'stop',
  'halt',
  'cease',
  'fail',
  'refuse',
  'decline',
  'lack',
  'zero',
  'short',
  'rather',
]);
/** Adjectives negated by a prefix ("unable", "insufficient", "unvaccinated"), counted as implicit negations. */
const NEGATIVE_PREFIX =
  /^(?:un|in|im|dis|non)-?(?:able|sufficient|vaccinated|aware|willing|likely|known|clear|certain|agree|approve|allow)/u;

/** How many negations `tokens` hold: explicit ("not", "n't", "no longer"), and with the implicit ones added. */
function negations(tokens: readonly LemmaToken[]): { explicit: number; implicit: number } {
  let explicit = 0;
  let implicit = 0;
  for (const token of tokens) {
    if (NEGATORS.has(token.word)) explicit += 1;
    else if (token.lemmas.some((lemma) => IMPLICIT_NEGATIVES.has(lemma)) || NEGATIVE_PREFIX.test(token.word))
      implicit += 1;
  }
  return { explicit, implicit: explicit + implicit };
}

/**
 * Whether the two agree on negation: the same parity of explicit negations, or of all negations once
 * the implicit ones are counted ("will stop" for "will no longer"). A "not" added or removed changes
 * both, so it never passes.
 */
function negationAgrees(written: readonly LemmaToken[], cited: readonly LemmaToken[]): boolean {
  const [a, b] = [negations(written), negations(cited)];
  return a.explicit % 2 === b.explicit % 2 || a.implicit % 2 === b.implicit % 2;
}

/**
 * Set phrases whose nouns carry no fact ("in effect", "in a row", "a lot of"): taken out before the
 * words are weighed, as a reader would not take "row" or "lot" for a claim.
 */
const IDIOMS =
  /\b(?:in effect|in (?:a|the) row|a lot of|lots of|kind of|sort of|in fact|in turn|so far|for now|for the time being|for a (?:long|short) time|down the road|right (?:after|before|away|now)|in addition|of course|as well as|at least|at most|in (?:the )?(?:past|coming|recent) (?:weeks|months|days|years))\b/giu;
/**
 * The engine's timing frame ("a day before Loomworks reported it", "hours after r/x posted it"): a
 * claim about the records' publication times, which the lead-claim check and the timing layer weigh
 * from the records' metadata; the record texts never hold it. Only before a reporting verb, so a
 * record's own "two days after it was issued" is still read (and its reversal caught).
 */
const TIMING_FRAME =
  /\b(?:an?|one|two|three|four|five|six|several|some|\d+) (?:minutes?|hours?|days?|weeks?) (?:before|after)(?=[^,.;:]{0,60}?\b(?:reported|wrote|posted|published|announced)\b)/giu;
/** Nouns too general to carry a new fact: "a different kind of leader", "in some way". */
const GENERIC_NOUNS = new Set('kind sort type way lot part thing matter number deal step'.split(' '));

/** The words of the cited records' venues and authors: naming a source is framing, not content. */
function sourceNameWords(records: readonly SourceRecord[]): Set<string> {
  const names = records.map((record) => `${record.venue ?? ''} ${record.author ?? ''}`);
  return new Set([
    ...names.flatMap((name) => tokenize(name)),
    ...names.flatMap((name) => lemmatize(name).map((token) => token.word)),
  ]);
}

function isContentToken(token: LemmaToken, exclude: ReadonlySet<string>): boolean {
  return (
    /\p{L}{3,}/u.test(token.word) &&
    !isStopWord(token.word) &&
    !FRAMING.has(token.word) &&
    !exclude.has(token.word) &&
    !token.lemmas.some((lemma) => GENERIC_NOUNS.has(lemma) || QUANTIFIER_WORDS.has(lemma)) &&
    !token.lemmas.some((lemma) => LIGHT_VERBS.has(lemma))
  );
}

/** True when `sentence` is a verbatim run of `cited` (quote marks and spacing folded; a final stop ignored). */
function isExcerptOf(sentence: string, cited: string): boolean {
  const words = normalizeForMatch(sentence).replace(/[.!?]+$/u, '');
  return words.length > 0 && normalizeForMatch(cited).includes(words);
}

/** A lead claim: "Bluesky users were a day ahead of Regional Wire". Its words are about time, which records carry as metadata. */
const LEAD_CLAIM = /\b(?:an hour|hours|a day|two days|days)? ?ahead of\b/i;
const LEAD_WORDS = new Set(['ahead', 'hour', 'hours', 'day', 'days', 'two']);

/**
 * Whether the cited records' times bear out a lead claim: the earliest cited community record
 * was published before the earliest cited press record.
 */
function leadHolds(records: readonly SourceRecord[]): boolean {
  const first = (kind: SourceRecord['kind']) =>
    records
      .filter((record) => record.kind === kind && record.publishedAt)
      .map((record) => Date.parse(record.publishedAt!))
      .sort((a, b) => a - b)[0];
  const community = first('community');
  const press = first('press');
  return community !== undefined && press !== undefined && community < press;
}

/** Why the content words fail (too few vouched for, or a noun carrying a new fact), or null. */
function contentFailure(content: readonly LemmaToken[], evidence: SupportEvidence): string | null {
  // Two WordNet steps only for verbs and modifiers: a noun that needs two steps is a new thing.
  const missing = content.filter((token) => !isVouchedFor(token.lemmas, evidence, !NEW_FACT_TAGS.has(token.pos)));
  const newFact = missing.find((token) => NEW_FACT_TAGS.has(token.pos));
  if (newFact) return `the cited records do not carry "${newFact.word}", a new fact`;
  if ((content.length - missing.length) / content.length < MIN_CONTENT_COVERAGE)
    return `the cited records do not carry "${missing
      .slice(0, 4)
      .map((token) => token.word)
      .join('", "')}"`;
  return null;
}

/** Fails a sentence its cited records do not carry, or that reverses, overstates or reshuffles what they say. */
export const checkSupport: SentenceCheck = {
  layer: 'support',
  check(sentence, context) {
    const records = citedRecords(sentence, context);
    // Figures and their units are the numbers layer's; here they would count as words the records lack.
    const prose = extractQuantities(sentence.text).reduce(
      (text, quantity) => text.replace(quantity.raw, ' '),
      sentence.text,
    );
    const isLeadClaim = LEAD_CLAIM.test(prose);
    if (isLeadClaim && !leadHolds(records))
      return "the cited records' publication times do not put the community ahead of the press";
    const names = sourceNameWords(records);
    const tokens = lemmatize(prose.replace(IDIOMS, ' ').replace(TIMING_FRAME, ' ')).filter(
      (token) => !(isLeadClaim && LEAD_WORDS.has(token.word)),
    );
    const content = tokens.filter((token) => isContentToken(token, names));
    if (content.length < MIN_CONTENT_WORDS || records.length === 0) return null;
    const evidence = evidenceOf(records);
    const failure = contentFailure(content, evidence);
    if (failure) return failure;
    const aligned = closestSentences(evidence, new Set(content.flatMap((token) => token.lemmas)));
    const closest = aligned[0];
    if (!closest) return null;
    // A sentence that is the cited sentence's own words, cut short ("Taiwan will not bow to pressure"
    // of "… and nobody can force it …"), carries the negations of the part it quotes.
    const written = lemmatize(prose);
    if (!isExcerptOf(sentence.text, closest.text) && !negationAgrees(written, closest.tokens))
      return `the sentence's negation disagrees with the cited sentence "${closest.text.slice(0, 120)}"`;
    // "disagreed" for "did not agree": an opposite word with one negation more or less is the same claim.
    const negatedAlike = negations(written).explicit % 2 === negations(closest.tokens).explicit % 2;
    const reversal = findReversal(tokens, (token) => content.includes(token) || OPPOSITES.has(token.word), aligned);
    if (reversal && negatedAlike)
      return `the sentence says "${reversal.written}" where the cited sentence says "${reversal.opposite}": "${reversal.cited.slice(0, 120)}"`;
    const quantifier = findUnborneQuantifier(tokens, aligned);
    if (quantifier) return `the cited sentence does not bear out "${quantifier}": "${closest.text.slice(0, 120)}"`;
    const swapped = findSwappedFigures(
      sentence.text,
      evidence.sentences.map((each) => each.text),
    );
    if (swapped)
      return `the figures "${swapped[0]}" and "${swapped[1]}" sit in each other's places in the cited records`;
    return null;
  },
};
