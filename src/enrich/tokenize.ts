/**
 * @module enrich/tokenize
 * Word tokens for similarity: lower-cased, Unicode-aware, numbers kept (decimals and thousands stay whole).
 */

/**
 * One word or number: a run of letters/marks/digits, joined across inner apostrophes ("don't"), and
 * numbers with inner separators kept whole ("2.4", "1,299"). Hyphens split ("192-bit" → "192", "bit").
 */
export const WORD_PATTERN = /\p{N}+(?:[.,]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * A word with its inner and trailing hyphens and apostrophes kept ("data-center", "192-bit", "don’t"),
 * a number split at its separators ("2.4" → "2", "4"): the classical writer's sentence terms
 * (synthesize/classical/text-vectors.ts), whose scores the demo edition and the evaluations pin.
 */
export const HYPHENATED_WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** What one word is; a global (`g`) pattern. Default WORD_PATTERN. */
  pattern?: RegExp;
  /**
   * Fold curly apostrophes to ASCII, split magnitude suffixes ("2.41bn" → "2.41", "billion") and fold
   * British spellings. Default true; the possessive "'s" is dropped either way.
   */
  fold?: boolean;
}

/** Typographic apostrophes, folded to ASCII so "don’t" and "don't" are one term. */
const CURLY_APOSTROPHE = /’/gu;

/** A trailing English possessive, dropped so "Kestrel's" and "Kestrel" are one term. */
const POSSESSIVE = /['’]s$/u;

/** A number with a magnitude suffix, as headlines and forums write money: "2.41b", "$690m", "3bn". */
const NUMBER_WITH_MAGNITUDE = /^(\p{N}+(?:[.,]\p{N}+)*)(k|m|mn|b|bn|bln|tn)$/u;
const MAGNITUDE_WORDS: Readonly<Record<string, string>> = {
  k: 'thousand',
  m: 'million',
  mn: 'million',
  b: 'billion',
  bn: 'billion',
  bln: 'billion',
  tn: 'trillion',
};

/**
 * British spellings folded to American so "data centre" meets "data center" (a short list of words
 * common in news; a full variant table is the enrichment issue's work).
 */
const SPELLING_FOLDS: Readonly<Record<string, string>> = {
  centre: 'center',
  centres: 'centers',
  licence: 'license',
  licences: 'licenses',
  defence: 'defense',
  offence: 'offense',
  colour: 'color',
  favour: 'favor',
  labour: 'labor',
  programme: 'program',
  programmes: 'programs',
  metre: 'meter',
  metres: 'meters',
  organisation: 'organization',
  organisations: 'organizations',
  analyse: 'analyze',
  travelling: 'traveling',
};

/** Splits a magnitude suffix off a number and folds a spelling; most tokens pass unchanged. */
function normalizeToken(token: string, into: string[]): void {
  const magnitude = NUMBER_WITH_MAGNITUDE.exec(token);
  if (magnitude) {
    into.push(magnitude[1]!, MAGNITUDE_WORDS[magnitude[2]!]!);
    return;
  }
  into.push(SPELLING_FOLDS[token] ?? token);
}

/**
 * Lower-cased word tokens of `text`, in order. "2.41bn" gives "2.41", "billion"; a few British
 * spellings become American (see SPELLING_FOLDS). Curly apostrophes become ASCII and a possessive "'s" is dropped; numbers are tokens
 * ("2.4", "256", "2026"); punctuation and symbols are not. Empty text gives an empty array.
 * `options` choose another word pattern and turn the folding off (see {@link TokenizeOptions}).
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const fold = options.fold ?? true;
  const tokens: string[] = [];
  for (const match of text.toLocaleLowerCase('en-US').matchAll(options.pattern ?? WORD_PATTERN)) {
    const token = (fold ? match[0].replace(CURLY_APOSTROPHE, "'") : match[0]).replace(POSSESSIVE, '');
    if (token.length === 0) continue;
    if (fold) normalizeToken(token, tokens);
    else tokens.push(token);
  }
  return tokens;
}

/** Like {@link tokenize} but keeps the original case, for proper-noun detection. */
export function tokenizeKeepingCase(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const token = match[0].replace(CURLY_APOSTROPHE, "'").replace(POSSESSIVE, '');
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
}
