/**
 * @module enrich/tokenize
 * Word tokens for similarity: lower-cased, Unicode-aware, numbers kept (decimals and thousands stay whole).
 */

/**
 * One word or number: a run of letters/marks/digits, joined across inner apostrophes ("don't"), and
 * numbers with inner separators kept whole ("2.4", "1,299"). Hyphens split ("192-bit" → "192", "bit").
 */
export const WORD_PATTERN = /\p{N}+(?:[.,]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Typographic apostrophes, folded to ASCII so "don’t" and "don't" are one term. */
const CURLY_APOSTROPHE = /’/gu;

/** A trailing English possessive, dropped so "Kestrel's" and "Kestrel" are one term. */
const POSSESSIVE = /['’]s$/u;

/**
 * Lower-cased word tokens of `text`, in order. Curly apostrophes become ASCII and a possessive "'s" is dropped; numbers are tokens
 * ("2.4", "256", "2026"); punctuation and symbols are not. Empty text gives an empty array.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLocaleLowerCase('en-US').matchAll(WORD_PATTERN)) {
    const token = match[0].replace(CURLY_APOSTROPHE, "'").replace(POSSESSIVE, '');
    if (token.length > 0) tokens.push(token);
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
