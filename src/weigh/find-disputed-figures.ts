/**
 * @module weigh/find-disputed-figures
 * Finds figures the sources disagree on: one quantity slot (same unit) given different values, where
 * some record sets the two values against each other ("28 hours, not the 40 hours").
 */
import { recordTime, type SourceRecord } from '../model/index.js';
import { splitSentences } from '../enrich/split-sentences.js';
import { findFigures, type FigureMention } from '../enrich/find-figures.js';
import { stanceOf } from './value-stance.js';
import { settleDispute, type DisputeSettlement } from './settle-dispute.js';
import {
  conflictingAssertions,
  figureKind,
  scaleAfter,
  slotTerms,
  WINDOW_CHARS,
  type StatedFigure,
} from './conflicting-assertions.js';

/** One side of a dispute: a value, as first written, and the records that assert it, oldest first. */
export interface DisputedValue {
  value: string;
  /** The figure as the first record wrote it: "256-bit", "40 hours", "$649". */
  surface: string;
  records: SourceRecord[];
}

/** A disputed quantity: its unit and its two values, the earlier-stated one first, and how it was settled. */
export interface DisputedFigure {
  unit: string;
  values: [DisputedValue, DisputedValue];
  /** The value that stands and how it came to (see {@link settleDispute}); null or absent while the dispute is open. */
  settlement?: DisputeSettlement | null;
}

/**
 * Words between two figures that make one a correction of the other ("192-bit, not 256", "365 days
 * rather than 90"). Comparisons ("$2.41B vs $2.36B expected", "4 km, but the primary 2 km") are not
 * disputes: they set two different quantities side by side, so "vs", "but" and "against" are left out.
 */
const CORRECTION = /\b(not|rather than|instead of|contrary to)\b/i;
/** Right after a figure: "not", "rather than" or "instead of", then a number with no unit of its own. */
const BARE_REFUTED =
  /^\s*,?\s*(?:not|rather than|instead of)\s+(?:the\s+)?[$€£]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,]*(?:-|\s)?(?:%|[\p{L}]))/u;
/** A sentence setting two values against each other ("X, not Y") outranks any similarity of wording. */
const CONTRAST_STRENGTH = 1_000;
/** Disputes kept per unit: a story rarely argues over more than a few values of one kind of figure. */
const MAX_DISPUTES_PER_UNIT = 3;
/** Two figures further apart than this many characters are not one correction. */
const MAX_CORRECTION_GAP = 40;

/**
 * Finds disputed figures. A slot's two values are in dispute when some sentence contrasts them ("X,
 * not Y") and Y is asserted on its own somewhere, or when two records assert different values of it
 * and neither asserts the other's ({@link conflictingAssertions}), whether or not any sentence sets
 * them side by side. A value's `records` are the records that assert it (see {@link stanceOf}): a
 * record that names it only to refute or relay it is not on its side. Most-mentioned first; the
 * values of a pair come from at least `minRecords` records between them.
 */
export function findDisputedFigures(records: readonly SourceRecord[], minRecords = 2): DisputedFigure[] {
  const byUnit = new Map<string, Map<string, DisputedValue>>();
  const contrasted = new Map<string, number>();
  const asserted: StatedFigure[] = [];
  for (const record of records) {
    const sentences = [record.title ?? '', ...splitSentences(record.text)];
    for (const [index, sentence] of sentences.entries()) {
      // "01:30 UTC" is a clock time, not 30 of a unit "UTC".
      const mentions = findFigures(sentence).filter((mention) => sentence[mention.start - 1] !== ':');
      const terms = mentions.length > 0 ? slotTerms(sentence) : new Set<string>();
      for (const mention of mentions) {
        const values = byUnit.get(mention.unit) ?? new Map<string, DisputedValue>();
        byUnit.set(mention.unit, values);
        const entry = values.get(mention.value) ?? { value: mention.value, surface: mention.surface, records: [] };
        values.set(mention.value, entry);
        if (stanceOf(sentence, mention, sentences[index + 1]) !== 'asserts') continue;
        if (!entry.records.includes(record)) entry.records.push(record);
        const window = slotTerms(sentence.slice(Math.max(0, mention.start - WINDOW_CHARS), mention.end + WINDOW_CHARS));
        const scale = scaleAfter(sentence.slice(mention.start).replace(/^[$€£]?[\d.,]+/u, ''));
        const kind = figureKind(
          sentence.slice(0, mention.start),
          sentence.slice(mention.end).replace(/^\s*(?:percent|per cent|%)/iu, ''),
        );
        asserted.push({ record, unit: mention.unit, value: mention.value, terms, window, scale, kind });
      }
      collectContrasts(sentence, mentions, contrasted);
    }
  }
  for (const [key, strength] of conflictingAssertions(asserted, byUnit))
    if (!contrasted.has(key)) contrasted.set(key, strength);
  const disputes: DisputedFigure[] = [];
  for (const [unit, values] of byUnit) {
    const ranked = [...values.values()]
      .filter((value) => value.records.length > 0)
      .sort((a, b) => b.records.length - a.records.length || a.value.localeCompare(b.value));
    for (const pair of contrastedPairs(unit, ranked, contrasted)) {
      if (new Set([...pair[0].records, ...pair[1].records]).size < minRecords) continue;
      const values = earlierFirst(pair, records);
      disputes.push({ unit, values, settlement: settleDispute(unit, values[0], values[1]) });
    }
  }
  return disputes.sort((a, b) => recordsOf(b) - recordsOf(a) || a.unit.localeCompare(b.unit));
}

/** Contrasts within one sentence, directional: the asserted value, then the one it refutes. */
function collectContrasts(sentence: string, mentions: FigureMention[], contrasted: Map<string, number>): void {
  for (const [index, a] of mentions.entries()) {
    for (const b of mentions.slice(index + 1)) {
      if (a.unit !== b.unit || a.value === b.value || !isCorrection(sentence.slice(a.end, b.start))) continue;
      contrasted.set(`${a.unit}\u0000${a.value}\u0000${b.value}`, CONTRAST_STRENGTH);
    }
    // "365 days, not 90": the refuted bare number takes the asserted figure's unit.
    const bare = BARE_REFUTED.exec(sentence.slice(a.end));
    if (bare && bare[1]!.replace(/,/g, '') !== a.value)
      contrasted.set(`${a.unit}\u0000${a.value}\u0000${bare[1]!.replace(/,/g, '')}`, CONTRAST_STRENGTH);
  }
}

function standsAlone(value: DisputedValue, other: DisputedValue): boolean {
  return value.records.some((record) => !other.records.includes(record));
}

function isCorrection(between: string): boolean {
  return between.length <= MAX_CORRECTION_GAP && CORRECTION.test(between);
}

/**
 * Disjoint pairs of values, most-stated first, where one value is said to be wrong ("X, not Y") or
 * two records assert them of one slot, and each value is asserted somewhere without the other (the
 * vendor's "256-bit"). Where Y never stands without X ("4 km rather than 2 km", a backup against a
 * primary), the two are compared, not disputed. At most {@link MAX_DISPUTES_PER_UNIT} per unit.
 */
function contrastedPairs(
  unit: string,
  ranked: DisputedValue[],
  contrasted: ReadonlyMap<string, number>,
): Array<[DisputedValue, DisputedValue]> {
  const rank = new Map(ranked.map((value, index) => [value.value, index]));
  const candidates: Array<[number, number, number]> = [];
  // Only contrasted pairs can qualify: walk those, not every pair of values (a thread can hold thousands).
  for (const [key, strength] of contrasted) {
    const [keyUnit, asserted, refuted] = key.split('\u0000') as [string, string, string];
    if (keyUnit !== unit) continue;
    const i = rank.get(asserted);
    const j = rank.get(refuted);
    if (i === undefined || j === undefined || !standsAlone(ranked[j]!, ranked[i]!)) continue;
    if (!standsAlone(ranked[i]!, ranked[j]!)) continue;
    candidates.push(i < j ? [i, j, strength] : [j, i, strength]);
  }
  // The pair most plainly about one slot first (a sentence contrasting them, then the closest wording).
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const seen = new Set<string>();
  const pairs: Array<[DisputedValue, DisputedValue]> = [];
  for (const [i, j] of candidates) {
    if (seen.has(`${i}:${j}`) || pairs.length >= MAX_DISPUTES_PER_UNIT) continue;
    seen.add(`${i}:${j}`);
    pairs.push([ranked[i]!, ranked[j]!]);
  }
  return pairs;
}

/** The value stated first in the story (usually the original claim) goes first. */
function earlierFirst(
  pair: [DisputedValue, DisputedValue],
  records: readonly SourceRecord[],
): [DisputedValue, DisputedValue] {
  const firstIndex = (value: DisputedValue) => Math.min(...value.records.map((record) => records.indexOf(record)));
  return firstIndex(pair[0]) <= firstIndex(pair[1]) ? pair : [pair[1], pair[0]];
}

function recordsOf(dispute: DisputedFigure): number {
  return new Set([...dispute.values[0].records, ...dispute.values[1].records]).size;
}

/** The two sides of a dispute as records: who stated each value, preferring records stating only one. */
export interface DisputeSides {
  a: DisputedValue;
  b: DisputedValue;
  /** The first record giving the earlier value without the later one, else the first giving it. */
  recordA: SourceRecord;
  /** The first community record giving the later value alone, else any other record giving it. */
  recordB: SourceRecord;
  /**
   * The first press record after `recordB` that gives the later value without calling it wrong (see
   * {@link refutesValue}): the press coming round to it.
   */
  laterPress: SourceRecord | null;
}

/** The sides of `dispute`; null when no second record states the later value. */
export function disputeSidesOf(dispute: DisputedFigure): DisputeSides | null {
  const [a, b] = dispute.values;
  const recordA = a.records.find((record) => !b.records.includes(record)) ?? a.records[0]!;
  const alone = b.records.filter((record) => !a.records.includes(record));
  const recordB =
    alone.find((record) => record.kind === 'community') ??
    alone[0] ??
    b.records.find((record) => record.kind === 'community' && record !== recordA) ??
    b.records.find((record) => record !== recordA);
  if (!recordB) return null;
  const after = recordTime(recordB);
  const laterPress =
    b.records.find(
      (record) => record.kind === 'press' && !refutesValue(record, dispute, b) && recordTime(record) > after,
    ) ?? null;
  return { a, b, recordA, recordB, laterPress };
}

/**
 * Words that call a figure wrong: "claims … that the council had settled on 90 days are incorrect",
 * "… for 90 days. That is not what the council approved".
 */
const REFUTATION =
  /\b(?:incorrect|inaccurate|false|untrue|not true|wrong|mistaken|misreported|not what|a misreading)\b/i;

/**
 * Whether `record` calls `value` of `dispute` wrong: a sentence of it (title included) states the value
 * and that sentence or the next says it is wrong ({@link REFUTATION}). A report that names the figure it
 * debunks has not come round to it.
 */
export function refutesValue(record: SourceRecord, dispute: DisputedFigure, value: DisputedValue): boolean {
  const sentences = [record.title ?? '', ...splitSentences(record.text)];
  return sentences.some(
    (sentence, index) =>
      findFigures(sentence).some((mention) => mention.unit === dispute.unit && mention.value === value.value) &&
      (REFUTATION.test(sentence) || REFUTATION.test(sentences[index + 1] ?? '')),
  );
}
