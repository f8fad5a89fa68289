/**
 * @module enrich/find-figures
 * Figures with their units in one sentence: "256-bit", "40 hours", "31 percent", "$649".
 */

/** A figure with the word after it as its unit: "256-bit", "40 hours", "31 percent", "$649". */
const FIGURE =
  /(?<![\p{L}\p{N}_.,/-])(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(-|\s)?(%|per ?cent\b|[A-Za-z][A-Za-z/]*))?/gu;
/** Words that follow a number without naming what it counts. */
const NOT_UNITS = new Set(
  (
    'and or to of in on at the a an by for with from than more less not but as is are was were that this it its per ' +
    'january february march april may june july august september october november december am pm'
  ).split(' '),
);
export interface FigureMention {
  value: string;
  unit: string;
  surface: string;
  start: number;
  end: number;
}

/**
 * The unit-bearing figures of one sentence, in order: value without thousands separators, unit
 * ("$", "%", or the word after it, singular), the figure as written, and its character span.
 */
export function findFigures(sentence: string): FigureMention[] {
  const mentions: FigureMention[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const currency = match[1];
    const rawUnit = (match[4] ?? '').toLowerCase();
    const unit = currency ?? (/^(%|per ?cent)$/.test(rawUnit) ? '%' : rawUnit.replace(/(?<=\w{3})s$/, ''));
    if (!unit || NOT_UNITS.has(unit)) continue;
    mentions.push({
      value: match[2]!.replace(/,/g, ''),
      unit,
      surface: match[0].trim(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return mentions;
}
