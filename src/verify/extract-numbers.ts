/**
 * @module verify/extract-numbers
 * Finds the figures in a text ("2,400", "31%", "31 percent", "256-bit", "2.41", "2026") in a canonical form.
 */

/** One figure: its canonical value ("2400", "2.41") and whether it was written as a percentage. */
export interface NumberMention {
  /** As written, e.g. "2,400" or "31 percent". */
  raw: string;
  value: string;
  percent: boolean;
}

/**
 * A number not glued to a preceding letter, digit or separator, so model names ("X90", "GDDR7") and
 * version strings stay out while "$2.41bn", "16GB" and "256-bit" count. Thousands groups need three digits.
 */
const NUMBER = /(?<![\p{L}\p{N}_.,/\\-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s?%|\s?percent\b|\s?per cent\b)?/giu;

/** Every figure in `text`, in order. */
export function extractNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const whole = (match[1] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
    const fraction = (match[2] ?? '').replace(/0+$/, '');
    mentions.push({ raw: match[0], value: fraction ? `${whole}.${fraction}` : whole, percent: match[3] !== undefined });
  }
  return mentions;
}
