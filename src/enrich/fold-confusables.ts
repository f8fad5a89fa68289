/**
 * @module enrich/fold-confusables
 * Text folded to the Latin letters it looks like, so that a detector written for "ignore" also sees
 * "Ιgnore" (Greek capital iota) and "ignоre" (Cyrillic o). A compact form of the Unicode TR39
 * skeleton: NFKC first (fullwidth and mathematical letters, ligatures), then the Latin-lookalike
 * entries of TR39's confusables.txt for Greek, Cyrillic, Armenian and Latin-extension letters.
 */

/**
 * Lookalike → Latin letter, from Unicode Technical Standard #39 (Security Mechanisms),
 * confusables.txt, restricted to letters that render as a basic Latin letter in common fonts.
 * Fullwidth forms and mathematical alphanumerics are not listed: NFKC folds them first.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  Ϲ: 'C',
  Ϳ: 'J',
  // Greek small
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ϲ: 'c',
  ϳ: 'j',
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ӏ: 'I',
  // Cyrillic small
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  // Armenian and Latin extensions
  օ: 'o',
  ս: 'u',
  ı: 'i',
  ɩ: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ʏ: 'y',
  ᴀ: 'a',
  ᴄ: 'c',
  ᴇ: 'e',
  ᴏ: 'o',
  ᴜ: 'u',
  ℓ: 'l',
  ǀ: 'l',
};

const CONFUSABLE_PATTERN = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

/**
 * `text` with every lookalike letter replaced by the Latin letter it imitates (NFKC, then the TR39
 * table above). Length may change under NFKC ("ﬁ" → "fi"); use the result for detection, not for
 * offsets into the original. Text without lookalikes comes back equal.
 */
export function foldConfusables(text: string): string {
  return text.normalize('NFKC').replace(CONFUSABLE_PATTERN, (char) => CONFUSABLES[char] ?? char);
}
