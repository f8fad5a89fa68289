/**
 * @module verify/normalize-text
 * Folds whitespace and every quotation mark or apostrophe to one form, so "verbatim" survives typography.
 */

/** Straight, curly, prime and guillemet quote marks, single and double. */
const QUOTE_MARKS = /["'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb`\u00b4]/g;

/**
 * Text for verbatim comparison: every quote mark or apostrophe becomes `'`, runs of whitespace one
 * space, ends trimmed. Case and every other character are kept.
 */
export function normalizeForMatch(text: string): string {
  return text.replace(QUOTE_MARKS, "'").replace(/\s+/g, ' ').trim();
}
