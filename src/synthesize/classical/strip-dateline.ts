/**
 * @module synthesize/classical/strip-dateline
 * Press releases and wire copy open with a dateline ("SAN MATEO, Calif. — November 12, 2026 —").
 * Framed as someone's statement it reads wrongly ("Kestrel stated that SAN MATEO, Calif. — …"),
 * so a candidate sentence starts after it. What remains is still the record's own words.
 */

/**
 * A place in capitals (at least three letters), an optional region ("Calif.", "England") and wire
 * agency in brackets, then a dash with spaces around it (an em dash may go without: "NEW YORK—"),
 * so a hyphenated word ("COVID-19 is …") never reads as one; then optionally a date and another dash. The AP and Reuters
 * styles (`LONDON (Reuters) -`, `SAN MATEO, Calif. —`) and press-release datelines all match.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’ -]{2,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?(?:\s*\([^)]{1,40}\))?(?:\s+(?:—|–|--|-)\s+|\s*—\s*)(?:(?:\p{Lu}\p{Ll}+\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s\p{Lu}\p{Ll}+\s\d{4})(?:\s+(?:—|–|--|-)\s+|\s*—\s*))?/u;

/** `text` without a leading dateline; unchanged when it has none or nothing would remain. */
export function stripDateline(text: string): string {
  const match = DATELINE.exec(text);
  if (!match || !/\p{Lu}{3}/u.test(match[0])) return text;
  const rest = text.slice(match[0].length);
  return /\p{L}/u.test(rest) ? rest : text;
}
