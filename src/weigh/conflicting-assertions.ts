/**
 * @module weigh/conflicting-assertions
 * Two records asserting different values of one figure slot: the same unit, in sentences about
 * the same thing (shared content words), where neither record also asserts the other's value.
 */
import type { SourceRecord } from '../model/index.js';
import { tokenize } from '../enrich/tokenize.js';
import { isStopWord } from '../enrich/stop-words.js';

/** One asserted figure, with the content words of its sentence that say what it measures. */
export interface StatedFigure {
  record: SourceRecord;
  unit: string;
  value: string;
  /** Content words of the sentence, numbers left out. */
  terms: ReadonlySet<string>;
  /** For a percentage, what it is: a change ("up 18 percent"), a share ("57% of revenue") or a level. */
  kind: 'change' | 'share' | 'level';
  /** The magnitude after the number (1e12 for "$3.5 trillion" or "$3.5T", else 1): "$1 trillion" is not "$550 billion"'s slot. */
  scale: number;
  /** Content words within {@link WINDOW_CHARS} of the figure: what it measures ("memory bus", "people killed"). */
  window: ReadonlySet<string>;
}

/** Characters either side of a figure whose words say what it measures. */
export const WINDOW_CHARS = 40;

/**
 * Two sentences give one slot when they share this many content words besides the figure: "12
 * people were killed in the attack" and "the attack killed 12 people" share two ("attack", "kill"
 * after folding). Claims eval, 2026-12-03: with 2 (and one shared window word) 105 of 118 planted
 * changes are found; asking 3 of money and percentages found 85.
 */
export const SLOT_SHARED_TERMS = 2;
/**
 * Units that say what is counted only in a general way (money, shares, magnitudes): their figures
 * need one more shared word, since "42 percent approve" and "54 percent disapprove" share "percent".
 */
const GENERIC_UNITS = new Set(['%', '$', '€', '£', 'percent', 'point', 'million', 'billion', 'thousand', 'trillion']);
/** Shared words a generic unit's figures need beyond {@link SLOT_SHARED_TERMS}. */
const GENERIC_EXTRA_TERMS = 0;
/** Window words two figures of one slot share at least: what the figure counts, in a word. */
const MIN_WINDOW_SHARED = 1;
/**
 * Shared sentence words over the shorter sentence's, at least: a long comment and a spec line that
 * happen to share two words are not about one slot. Claims eval, 2026-12-03: see SLOT_SHARED_TERMS.
 */
const MIN_SLOT_OVERLAP = 0.15;
/** Asserted figures compared per unit, earliest first: bounds a 50,000-comment thread. */
const MAX_FIGURES_PER_UNIT = 300;
const NUMBER_TERM = /^\p{N}/u;
/** Magnitude words belong to the figure, not to what it measures. */
const MAGNITUDE_TERM = /^(?:thousand|million|billion|trillion|percent)$/u;

const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(?:\s?(?:trillion|tn)\b|T\b)/u, 1e12],
  [/^(?:\s?(?:billion|bn|bln)\b|B\b|b\b)/u, 1e9],
  [/^(?:\s?(?:million|mn)\b|M\b|m\b)/u, 1e6],
  [/^(?:\s?thousand\b|[kK]\b)/u, 1e3],
];

/** The magnitude of a figure from the words right after its number ("trillion", "bn", a glued "T"). */
export function scaleAfter(afterNumber: string): number {
  return SCALES.find(([pattern]) => pattern.test(afterNumber))?.[1] ?? 1;
}

/** Words before a figure that make it a change: "up 18 percent", "rose 4%", "an increase of 3 percent". */
const CHANGE_BEFORE =
  /\b(?:up|down|rose|fell|grew|gained|lost|dropped|jumped|climbed|increased?|decreased?|declined?|by)\s+(?:of\s+|about\s+|nearly\s+|almost\s+)?[$€£]?$/iu;
/** Words after a figure that make it a share: "57% of revenue". */
const SHARE_AFTER = /^\s*(?:of|share)\b/iu;
/** Words after a figure that make it a change: "18 percent increase", "4% higher". */
const CHANGE_AFTER =
  /^\s*(?:increase|decrease|rise|drop|fall|gain|jump|higher|lower|more|less|growth|year[- ]on[- ]year|from)\b/iu;

/** Whether a figure is a change, a share or a level, from the words either side (see {@link StatedFigure.kind}). */
export function figureKind(before: string, after: string): StatedFigure['kind'] {
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) return 'change';
  return SHARE_AFTER.test(after) ? 'share' : 'level';
}

/** The content words of a sentence that can tell its slot: no stop words, no numbers, a crude singular. */
export function slotTerms(sentence: string): Set<string> {
  return new Set(
    tokenize(sentence)
      .filter((term) => !isStopWord(term) && !NUMBER_TERM.test(term) && !MAGNITUDE_TERM.test(term) && term.length > 2)
      .map((term) => term.replace(/(?<=\w{3})(?:ed|s)$/u, '')),
  );
}

/**
 * Keys `unit\0a\0b` (both orders) for each pair of values that two records assert of one slot, with
 * the strength of the best match (shared sentence words plus twice the shared window words), given
 * `values` (each unit's values with the records asserting them) to skip a record on both sides.
 */
export function conflictingAssertions(
  stated: readonly StatedFigure[],
  values: ReadonlyMap<string, ReadonlyMap<string, { records: SourceRecord[] }>>,
): Map<string, number> {
  const byUnit = new Map<string, StatedFigure[]>();
  for (const figure of stated) {
    const list = byUnit.get(figure.unit) ?? [];
    if (list.length < MAX_FIGURES_PER_UNIT) list.push(figure);
    byUnit.set(figure.unit, list);
  }
  const keys = new Map<string, number>();
  for (const [unit, figures] of byUnit) {
    const asserting = (value: string) => values.get(unit)?.get(value)?.records ?? [];
    const needed = SLOT_SHARED_TERMS + (GENERIC_UNITS.has(unit) ? GENERIC_EXTRA_TERMS : 0);
    for (const [index, a] of figures.entries()) {
      for (const b of figures.slice(index + 1)) {
        if (a.value === b.value || a.record === b.record || a.scale !== b.scale) continue;
        // A record asserting both values gives two quantities (GAAP and adjusted margin), not a dispute.
        if (asserting(b.value).some((record) => asserting(a.value).includes(record))) continue;
        if (a.kind !== b.kind) continue;
        const sentenceShared = shared(a.terms, b.terms);
        const windowShared = shared(a.window, b.window);
        const overlap = sentenceShared / Math.max(1, Math.min(a.terms.size, b.terms.size));
        if (sentenceShared < needed || windowShared < MIN_WINDOW_SHARED || overlap < MIN_SLOT_OVERLAP) continue;
        const strength = sentenceShared + 2 * windowShared;
        for (const key of [`${unit}\u0000${a.value}\u0000${b.value}`, `${unit}\u0000${b.value}\u0000${a.value}`])
          keys.set(key, Math.max(keys.get(key) ?? 0, strength));
      }
    }
  }
  return keys;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const term of a) if (b.has(term)) count += 1;
  return count;
}
