/**
 * @module synthesize/classical/frame-sentence
 * Frames a record's verbatim sentence with its attribution ("Circuit Wire reported that …",
 * "A commenter on r/hardware wrote: “…”"), keeping the source's words, numbers and names intact.
 */
import type { SourceRecord } from '../../model/index.js';
import { REPORTING_VERBS } from '../attribution-vocabulary.js';
import { attributionOf, capitalise } from './attribution.js';

/** Which words occur lowercase, and which capitalised, away from the start of a sentence in the story. */
export interface CaseHints {
  lower: ReadonlySet<string>;
  capitalised: ReadonlySet<string>;
}

/** Sentence starters that are plain function words, safe to lowercase after "that". */
const FUNCTION_STARTERS = new Set(
  (
    'the a an its there their his her nothing none nobody every each some most many ' +
    'all both if when while because after before at in on for with without any only even one two three four five six ' +
    'seven eight nine ten several at according data'
  ).split(' '),
);
/** Starters that make indirect speech read wrongly: first person, second person, discourse markers. */
const DIRECT_SPEECH = /\b(i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|our|ours|us|you|your|you're)\b/i;
const DISCOURSE_STARTERS = new Set(
  'yes yep yeah no nope and but so also well ok okay edit update calling happy honestly'.split(' '),
);
/** Openers that point back to an earlier sentence; after "that" they read wrongly, so they are quoted. */
const ANAPHORIC_STARTERS = new Set('this that these those it they he she which'.split(' '));

/** Learns case hints from every sentence of the story's records. */
export function learnCaseHints(sentences: string[]): CaseHints {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    for (const word of words.slice(1)) {
      if (/^\p{Ll}/u.test(word)) lower.add(word.toLowerCase());
      else if (/^\p{Lu}/u.test(word)) capitalised.add(word.toLowerCase());
    }
  }
  return { lower, capitalised };
}

/** How to frame: the reporting verb ("reported", "argued") and an optional date ("3 November 2026"). */
export interface FrameOptions {
  verb: string;
  date?: string | null;
}

/**
 * The sentence with its attribution. Indirect speech ("… reported that the card …") when the opening
 * word can be lowercased safely; otherwise the sentence is quoted verbatim after "wrote:", or, when it
 * opens with its own quotation, introduced with "As … reported,".
 */
export function frameSentence(record: SourceRecord, sentence: string, hints: CaseHints, options: FrameOptions): string {
  const who = attributionOf(record);
  const lead = options.date ? `On ${options.date}, ${who}` : capitalise(who);
  const verbatim = sentence.trim();
  const body = ensureFullStop(verbatim);
  if (/^["“]/.test(body)) {
    return record.kind === 'press'
      ? `As ${who} ${REPORTING_VERBS.press}${options.date ? ` on ${options.date}` : ''}, ${body}`
      : `${lead} ${REPORTING_VERBS.community}: ${body}`;
  }
  const ownStatement = speakerOpening(body, who);
  if (ownStatement !== null) return options.date ? `On ${options.date}, ${ownStatement}` : capitalise(ownStatement);
  const opening = lowercasedOpening(body, hints);
  if (opening === null || DIRECT_SPEECH.test(withoutQuotations(body))) {
    // The full stop goes outside the quotation when the source had none, so the quoted words stay verbatim.
    return `${lead} ${REPORTING_VERBS.community}: “${nestQuotations(verbatim)}”${body === verbatim ? '' : '.'}`;
  }
  return `${lead} ${options.verb} that ${opening}`;
}

/**
 * When the sentence's subject is its own source ("Kestrel Semiconductor today reported revenue …"
 * in Kestrel's release), the sentence already says who speaks: framing it as "Kestrel stated that
 * Kestrel today reported" repeats the name. It is given as it stands, without the release's
 * "today" (the frame dates it); null when the sentence opens otherwise.
 */
function speakerOpening(sentence: string, who: string): string | null {
  if (!sentence.startsWith(`${who} `)) return null;
  const rest = sentence.slice(who.length + 1).replace(/^today\s+(?=\p{Ll})/u, '');
  return /^\p{Ll}/u.test(rest) ? `${who} ${rest}` : null;
}

/** The sentence with its first word lowercased if that is safe, kept if it is a name, else null. */
function lowercasedOpening(sentence: string, hints: CaseHints): string | null {
  const first = /^[\p{L}][\p{L}'’-]*/u.exec(sentence)?.[0];
  if (!first) return /^[\p{N}$€£]/u.test(sentence) ? sentence : null;
  const key = first.toLowerCase();
  if (DISCOURSE_STARTERS.has(key) || ANAPHORIC_STARTERS.has(key)) return null;
  if (first === first.toUpperCase() && first.length > 1) return sentence;
  const common = FUNCTION_STARTERS.has(key) || (hints.lower.has(key) && !hints.capitalised.has(key));
  if (common) return key + sentence.slice(first.length);
  return hints.capitalised.has(key) ? sentence : null;
}

function ensureFullStop(sentence: string): string {
  const trimmed = sentence.trim();
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function withoutQuotations(sentence: string): string {
  return sentence.replace(/["“][^"”]*["”]/g, ' ');
}

/** Inner double quotation marks become single ones, so the outer quotation still pairs. */
function nestQuotations(sentence: string): string {
  return sentence.replace(/["“”]/g, (mark, offset: number) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    return offset === 0 || /[\s([]/.test(sentence[offset - 1] ?? ' ') ? '‘' : '’';
  });
}
