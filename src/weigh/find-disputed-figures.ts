/**
 * @module weigh/find-disputed-figures
 * Finds figures the sources disagree on: one quantity slot (same unit) given different values, where
 * some record sets the two values against each other ("28 hours, not the 40 hours").
 */
import type { SourceRecord } from '../model/index.js';
import { splitSentences } from '../enrich/split-sentences.js';

/** One side of a dispute: a value, as first written, and the records that state it, oldest first. */
export interface DisputedValue {
  value: string;
  /** The figure as the first record wrote it: "256-bit", "40 hours", "$649". */
  surface: string;
  records: SourceRecord[];
}

/** A disputed quantity: its unit and its two most-stated values, the earlier-stated one first. */
export interface DisputedFigure {
  unit: string;
  values: [DisputedValue, DisputedValue];
}

/** A figure with the word after it as its unit: "256-bit", "40 hours", "31 percent", "$649". */
const FIGURE = /(?<![\p{L}\p{N}_.,/-])(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(-|\s)?(%|per ?cent\b|[A-Za-z][A-Za-z/]*))?/gu;
/** Words that follow a number without naming what it counts. */
const NOT_UNITS = new Set(
  ('and or to of in on at the a an by for with from than more less not but as is are was were that this it its per ' +
    'january february march april may june july august september october november december am pm').split(' '),
);
/**
 * Words between two figures that make one a correction of the other ("192-bit, not 256", "365 days
 * rather than 90"). Comparisons ("$2.41B vs $2.36B expected", "4 km, but the primary 2 km") are not
 * disputes: they set two different quantities side by side, so "vs", "but" and "against" are left out.
 */
const CORRECTION = /\b(not|rather than|instead of|contrary to)\b/i;
/** Two figures further apart than this many characters are not one correction. */
const MAX_CORRECTION_GAP = 40;

interface Mention {
  value: string;
  unit: string;
  surface: string;
  start: number;
  end: number;
}

/** The unit-bearing figures of one sentence. */
function mentionsOf(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const currency = match[1];
    const rawUnit = (match[4] ?? '').toLowerCase();
    const unit = currency ?? (/^(%|per ?cent)$/.test(rawUnit) ? '%' : rawUnit.replace(/(?<=\w{3})s$/, ''));
    if (!unit || NOT_UNITS.has(unit)) continue;
    mentions.push({ value: match[2]!.replace(/,/g, ''), unit, surface: match[0].trim(), start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

/**
 * Disputed figures, most-mentioned first. A slot counts when some sentence contrasts two of its values
 * and the values come from at least `minRecords` records between them.
 */
export function findDisputedFigures(records: readonly SourceRecord[], minRecords = 2): DisputedFigure[] {
  const byUnit = new Map<string, Map<string, DisputedValue>>();
  const contrasted = new Set<string>();
  for (const record of records) {
    for (const sentence of [record.title ?? '', ...splitSentences(record.text)]) {
      const mentions = mentionsOf(sentence);
      for (const mention of mentions) {
        const values = byUnit.get(mention.unit) ?? new Map<string, DisputedValue>();
        byUnit.set(mention.unit, values);
        const entry = values.get(mention.value) ?? { value: mention.value, surface: mention.surface, records: [] };
        values.set(mention.value, entry);
        if (!entry.records.includes(record)) entry.records.push(record);
      }
      for (const [index, a] of mentions.entries()) {
        for (const b of mentions.slice(index + 1)) {
          if (a.unit !== b.unit || a.value === b.value || !isCorrection(sentence.slice(a.end, b.start))) continue;
          // Directional: `a` is asserted, `b` (after "not") is the value it refutes.
          contrasted.add(`${a.unit}\u0000${a.value}\u0000${b.value}`);
        }
      }
    }
  }
  const disputes: DisputedFigure[] = [];
  for (const [unit, values] of byUnit) {
    const ranked = [...values.values()].sort((a, b) => b.records.length - a.records.length || a.value.localeCompare(b.value));
    const pair = firstContrastedPair(unit, ranked, contrasted);
    if (!pair) continue;
    if (new Set([...pair[0].records, ...pair[1].records]).size < minRecords) continue;
    disputes.push({ unit, values: earlierFirst(pair, records) });
  }
  return disputes.sort(
    (a, b) => recordsOf(b) - recordsOf(a) || a.unit.localeCompare(b.unit),
  );
}

function standsAlone(value: DisputedValue, other: DisputedValue): boolean {
  return value.records.some((record) => !other.records.includes(record));
}

function isCorrection(between: string): boolean {
  return between.length <= MAX_CORRECTION_GAP && CORRECTION.test(between);
}

/**
 * The most-stated pair where one value is said to be wrong ("X, not Y") and the refuted value Y was
 * asserted on its own somewhere (the vendor's "256-bit"): a claim and its correction. Where Y never
 * appears without X ("4 km rather than 2 km", a backup against a primary), the two are compared, not disputed.
 */
function firstContrastedPair(unit: string, ranked: DisputedValue[], contrasted: Set<string>): [DisputedValue, DisputedValue] | null {
  const refutes = (asserted: DisputedValue, refuted: DisputedValue): boolean =>
    contrasted.has(`${unit}\u0000${asserted.value}\u0000${refuted.value}`) && standsAlone(refuted, asserted);
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      if (refutes(ranked[i]!, ranked[j]!) || refutes(ranked[j]!, ranked[i]!)) return [ranked[i]!, ranked[j]!];
    }
  }
  return null;
}

/** The value stated first in the story (usually the original claim) goes first. */
function earlierFirst(pair: [DisputedValue, DisputedValue], records: readonly SourceRecord[]): [DisputedValue, DisputedValue] {
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
  /** The first press record after `recordB` that gives the later value: the press coming round to it. */
  laterPress: SourceRecord | null;
}

/** The sides of `dispute`; null when no second record states the later value. */
export function disputeSidesOf(dispute: DisputedFigure): DisputeSides | null {
  const [a, b] = dispute.values;
  const recordA = a.records.find((record) => !b.records.includes(record)) ?? a.records[0]!;
  const alone = b.records.filter((record) => !a.records.includes(record));
  const recordB =
    alone.find((record) => record.kind === 'community') ?? alone[0] ??
    b.records.find((record) => record.kind === 'community' && record !== recordA) ?? b.records.find((record) => record !== recordA);
  if (!recordB) return null;
  const after = recordB.publishedAt ?? recordB.fetchedAt;
  const laterPress = b.records.find((record) => record.kind === 'press' && (record.publishedAt ?? record.fetchedAt) > after) ?? null;
  return { a, b, recordA, recordB, laterPress };
}
