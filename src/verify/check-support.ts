/**
 * @module verify/check-support
 * Layer `support`: the cited records carry what the sentence says. Its content words (less the
 * engine's framing: "reported that", "a commenter on …", dates) must be in the cited records, and
 * the cited sentence closest to it must agree on negation and must not hold the opposite word.
 */
import type { SourceRecord } from '../model/index.js';
import { isStopWord } from '../enrich/stop-words.js';
import { splitSentences } from '../enrich/split-sentences.js';
import { tokenize } from '../enrich/tokenize.js';
import { extractQuantities } from '../enrich/extract-quantities.js';
import { citedRecords, type SentenceCheck } from './sentence-check.js';
import { normalizeForMatch } from './normalize-text.js';

/**
 * Share of a sentence's content words that must occur in its cited records. The engine frames
 * record sentences nearly verbatim (coverage 1.0); 0.75 leaves room for an LLM's paraphrase of
 * inflections while catching a clause the sources never wrote (an added claim halves coverage).
 */
export const MIN_CONTENT_COVERAGE = 0.75;
/** Sentences with fewer content words than this are judged by the other layers alone. */
export const MIN_CONTENT_WORDS = 3;

/** Words the engine (or a model) uses to frame a source: not claims about the world. */
const FRAMING = new Set(
  (
    'reported reports report wrote writes said says added adds argued argues asked asks noted notes posted posts ' +
    'replied replies answered answers claimed claims stated states told announced according put way ' +
    'commenter commenters poster posters member members user users reader readers commenting contributor ' +
    'community press outlet forum discourse bluesky mastodon reddit hacker news record records story ' +
    'first later earlier before after followed raised took case words own side each here what ' +
    'sources source disagree disagrees figure figures gave give gives while one ' +
    'january february march april may june july august september october november december utc'
  ).split(' '),
);

/** Negators: a sentence and its source must agree on how many they hold (an odd difference flips the claim). */
const NEGATORS = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n't\b/giu;

/** Opposites the support layer will not take for agreement, both ways. */
const ANTONYMS: ReadonlyArray<readonly [string, string]> = [
  ['rose', 'fell'],
  ['rise', 'fall'],
  ['rises', 'falls'],
  ['risen', 'fallen'],
  ['increase', 'decrease'],
  ['increased', 'decreased'],
  ['increases', 'decreases'],
  ['up', 'down'],
  ['higher', 'lower'],
  ['more', 'fewer'],
  ['more', 'less'],
  ['gain', 'loss'],
  ['gained', 'lost'],
  ['win', 'lose'],
  ['won', 'lost'],
  ['approved', 'rejected'],
  ['approve', 'reject'],
  ['accepted', 'rejected'],
  ['confirmed', 'denied'],
  ['confirm', 'deny'],
  ['true', 'false'],
  ['before', 'after'],
  ['earlier', 'later'],
  ['first', 'last'],
  ['wider', 'narrower'],
  ['faster', 'slower'],
  ['larger', 'smaller'],
  ['bigger', 'smaller'],
  ['above', 'below'],
  ['allowed', 'banned'],
  ['allow', 'ban'],
  ['open', 'closed'],
  ['opened', 'closed'],
  ['added', 'removed'],
  ['added', 'cut'],
  ['expanded', 'cut'],
  ['extend', 'shorten'],
  ['extended', 'shortened'],
  ['keep', 'delete'],
  ['kept', 'deleted'],
  ['success', 'failure'],
  ['succeeded', 'failed'],
  ['safe', 'unsafe'],
  ['legal', 'illegal'],
  ['permanent', 'temporary'],
  ['always', 'never'],
];
const OPPOSITE = new Map<string, Set<string>>();
for (const [a, b] of ANTONYMS) {
  OPPOSITE.set(a, (OPPOSITE.get(a) ?? new Set()).add(b));
  OPPOSITE.set(b, (OPPOSITE.get(b) ?? new Set()).add(a));
}

function contentWords(text: string, exclude: ReadonlySet<string>): string[] {
  return tokenize(text).filter(
    (token) => /\p{L}/u.test(token) && !isStopWord(token) && !FRAMING.has(token) && !exclude.has(token),
  );
}

function negations(text: string): number {
  return (text.match(NEGATORS) ?? []).length;
}

/** The words of the cited records' venues and authors: naming a source is framing, not content. */
function sourceNameWords(records: readonly SourceRecord[]): Set<string> {
  return new Set(records.flatMap((record) => tokenize(`${record.venue ?? ''} ${record.author ?? ''}`)));
}

/** The cited sentence sharing most content words with `words`, and its words. */
function closestSentence(
  records: readonly SourceRecord[],
  words: ReadonlySet<string>,
): { text: string; words: Set<string> } | null {
  let best: { text: string; words: Set<string>; shared: number } | null = null;
  for (const record of records) {
    for (const text of [record.title ?? '', ...splitSentences(record.text)]) {
      const own = new Set(tokenize(text));
      const shared = [...words].filter((word) => own.has(word)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { text, words: own, shared };
    }
  }
  return best;
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

/** Fails a sentence its cited records do not carry: missing content, a flipped negation, an opposite word. */
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
    const words = contentWords(prose, sourceNameWords(records)).filter(
      (word) => !(isLeadClaim && LEAD_WORDS.has(word)),
    );
    if (words.length < MIN_CONTENT_WORDS) return null;
    const available = new Set(records.flatMap((record) => tokenize(`${record.title ?? ''}\n${record.text}`)));
    const missing = words.filter((word) => !available.has(word));
    if ((words.length - missing.length) / words.length < MIN_CONTENT_COVERAGE) {
      return `the cited records do not carry "${missing.slice(0, 4).join('", "')}"`;
    }
    const closest = closestSentence(records, new Set(words));
    if (!closest) return null;
    // A sentence that is the cited sentence's own words, cut short ("Taiwan will not bow to pressure"
    // of "… and nobody can force it …"), carries the negations of the part it quotes.
    if (!isExcerptOf(sentence.text, closest.text) && negations(sentence.text) % 2 !== negations(closest.text) % 2) {
      return `the sentence's negation disagrees with the cited sentence "${closest.text.slice(0, 120)}"`;
    }
    const sentenceWords = new Set(tokenize(sentence.text));
    for (const word of sentenceWords) {
      const opposite = [...(OPPOSITE.get(word) ?? [])].find(
        (other) => closest.words.has(other) && !sentenceWords.has(other),
      );
      if (opposite && !closest.words.has(word))
        return `the sentence says "${word}" where the cited sentence says "${opposite}"`;
    }
    return null;
  },
};
