/**
 * @module enrich/name-runs
 * Where names run in wink-tagged text: the tokens that start and continue a proper-noun phrase, and
 * how far one runs ("Bank of England", "Harbor City", "the Advanced Scanning Imager").
 */
import { isStopWord } from './stop-words.js';
import { winkModel } from './wink-model.js';
import { CALENDAR_WORDS, NAME_CONNECTORS, OF_HEADS } from './entity-cue-words.js';

/** Longest number (in digits) kept inside a name: "RTX 4090", "Apollo 11", not a year-long figure. */
const NAME_NUMBER_MAX_DIGITS = 4;
const NAME_NUMBER = new RegExp(`^\\d{1,${NAME_NUMBER_MAX_DIGITS}}$`);
/** Reporting periods wink tags PROPN, which would read as model numbers: quarters, halves, fiscal years. */
const FISCAL_PERIOD = /^(?:Q[1-4]|H[12]|FY\d{2,4})$/;
/** Tags wink gives a capitalised word of a name that it did not see as one: "Advanced", "Democratic", "Scanning". */
const LEAD_TAGS: ReadonlySet<string> = new Set(['ADJ', 'VERB', 'NOUN']);

/** A text as wink tags it: token values, part-of-speech tags, the spaces before each token, sentence spans. */
export interface TaggedText {
  values: string[];
  pos: string[];
  spaces: string[];
  sentences: Array<[first: number, last: number]>;
}

/** `text` tagged by wink-nlp (sentences and parts of speech). The first call loads the model. */
export function tag(text: string): TaggedText {
  const nlp = winkModel();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    pos: tokens.out(nlp.its.pos) as string[],
    spaces: tokens.out(nlp.its.precedingSpaces) as string[],
    sentences: doc.sentences().out(nlp.its.span) as unknown as Array<[number, number]>,
  };
}

/**
 * Where a name starting at `start` really begins: capitalised words right before it, mid-sentence,
 * that wink tagged otherwise ("Advanced" in "the Advanced Scanning Imager", "Democratic" in "the
 * Democratic Party"). A capital mid-sentence next to a name is part of it; the sentence's first word
 * (`opening`) proves nothing, nor does a stop word or a calendar word.
 */
export function capitalisedLead(tagged: TaggedText, start: number, opening: number): number {
  let lead = start;
  while (lead - 1 > opening) {
    const value = tagged.values[lead - 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(value) || !LEAD_TAGS.has(tagged.pos[lead - 1]!) || tagged.spaces[lead] === '') break;
    if (isStopWord(lower(value)) || CALENDAR_WORDS.has(lower(value))) break;
    lead -= 1;
  }
  return lead;
}

export function isNameStart(tagged: TaggedText, index: number): boolean {
  // A capital first, or a lower-case prefix before one ("iPhone", "eBay"); not a period ("Q3", "H1", "FY2026").
  const value = tagged.values[index]!;
  return tagged.pos[index] === 'PROPN' && /^\p{Ll}{0,2}\p{Lu}/u.test(value) && !FISCAL_PERIOD.test(value);
}

/**
 * A token that continues a name: a capitalised PROPN, or a short number after a product-like word
 * with an inner capital or digit ("RTX 4090", "iPhone 15"), not after a plain name ("Chiefs 20" is a score).
 */
function isNameToken(tagged: TaggedText, index: number): boolean {
  if (isNameStart(tagged, index)) return true;
  const value = tagged.values[index]!;
  const previous = tagged.values[index - 1] ?? '';
  return tagged.pos[index] === 'NUM' && NAME_NUMBER.test(value) && /^.+[\p{Lu}\p{N}]/u.test(previous);
}

/**
 * A capitalised word right after a name that wink tagged otherwise ("City" in "Harbor City"): mid-name
 * by position, so its capital marks it as part of the name. Stop and calendar words never are.
 */
function isCapitalisedTail(tagged: TaggedText, index: number): boolean {
  const value = tagged.values[index] ?? '';
  return (
    /^\p{Lu}\p{Ll}+$/u.test(value) &&
    LEAD_TAGS.has(tagged.pos[index]!) &&
    tagged.spaces[index] !== '' &&
    !isStopWord(lower(value)) &&
    !CALENDAR_WORDS.has(lower(value))
  );
}

/**
 * The last token of the name starting at `start`: proper nouns in a row, across a connector between
 * two of them (an unspaced hyphen, "&", "de"…, or "of" after an institution word: see OF_HEADS).
 */
export function runEnd(tagged: TaggedText, start: number, last: number): number {
  let end = start;
  while (end < last) {
    const next = end + 1;
    if (isNameToken(tagged, next) || isCapitalisedTail(tagged, next)) {
      end = next;
      continue;
    }
    const connector = lower(tagged.values[next]);
    const joins =
      (connector === '-' && tagged.spaces[next] === '' && tagged.spaces[next + 1] === '') ||
      NAME_CONNECTORS.has(connector) ||
      (connector === 'of' && OF_HEADS.has(lower(tagged.values[end])));
    if (joins && next + 1 <= last && isNameStart(tagged, next + 1)) end = next + 1;
    else break;
  }
  return end;
}

export function lower(value: string | undefined): string {
  return (value ?? '').toLocaleLowerCase('en-US');
}
