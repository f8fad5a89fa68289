/**
 * @module enrich/split-sentences
 * Splits cleaned plain text into sentences for quoting, verification and summaries.
 */

/**
 * Words that end with a period without ending a sentence, lower-cased and without the final period.
 * Titles, corporate suffixes, months and Latin abbreviations common in English news copy.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'vs',
  'v',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'al',
  'approx',
  'no',
  'nos',
  'vol',
  'fig',
  'p',
  'pp',
  'ed',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
]);

/** A blank line (possibly holding spaces) separates paragraphs; paragraphs always split. */
const PARAGRAPH_BREAK = /\n[ \t]*\n+/u;

/**
 * A candidate boundary: terminal punctuation (".", "!", "?", "…", "..."), any closing quotes or
 * brackets, whitespace, then something that can start a sentence (optional opening quote, then an
 * upper-case letter or a digit). "2.4" never matches (no whitespace); "wait... what" does not either.
 */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;

/** The word just before a period: letters with inner periods ("U.S", "e.g") or a lone initial. */
const WORD_BEFORE = /([\p{L}][\p{L}.]*)$/u;

/**
 * The sentences of `text`, trimmed, in order, none empty. Paragraphs (blank-line separated) always
 * split; inside one, a period after a known abbreviation ("Mr.", "Inc."), a single-letter initial
 * ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence; decimals ("2.4") and an ellipsis
 * followed by lower case stay inside; closing quotes stay with their sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    const flat = paragraph.replace(/\s+/gu, ' ').trim();
    if (flat.length === 0) continue;
    let start = 0;
    for (const match of flat.matchAll(BOUNDARY)) {
      const terminator = match[1]!;
      const end = match.index + terminator.length + match[2]!.length;
      if (terminator === '.' && !match[2] && isAbbreviationBefore(flat.slice(start, match.index))) continue;
      sentences.push(flat.slice(start, end).trim());
      start = end + match[3]!.length;
    }
    const rest = flat.slice(start).trim();
    if (rest.length > 0) sentences.push(rest);
  }
  return sentences;
}

/** True when the text before a period ends in an abbreviation, an initial or a dotted acronym. */
function isAbbreviationBefore(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  if (word.includes('.')) return true;
  if (word.length === 1 && word === word.toLocaleUpperCase('en-US')) return true;
  return ABBREVIATIONS.has(word.toLocaleLowerCase('en-US'));
}
