/**
 * @module synthesize/classical/find-disputed-figures
 * Finds figures the sources disagree on: one quantity slot (same unit) given different values, where
 * some record sets the two values against each other ("28 hours, not the 40 hours").
 */
import type { SourceRecord } from '../../model/index.js';
import { splitSentences } from '../../enrich/split-sentences.js';

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
/** Words that set two figures against each other within one sentence. */
const CONTRAST = /\b(not|rather than|instead of|against|versus|vs\.?|short of|contrary to|whereas|but)\b/i;

interface Mention {
  value: string;
  unit: string;
  surface: string;
}

/** The unit-bearing figures of one sentence. */
function mentionsOf(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const currency = match[1];
    const rawUnit = (match[4] ?? '').toLowerCase();
    const unit = currency ?? (/^(%|per ?cent)$/.test(rawUnit) ? '%' : rawUnit.replace(/(?<=\w{3})s$/, ''));
    if (!unit || NOT_UNITS.has(unit)) continue;
    mentions.push({ value: match[2]!.replace(/,/g, ''), unit, surface: match[0].trim() });
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
      if (!CONTRAST.test(sentence)) continue;
      for (const a of mentions) {
        for (const b of mentions) {
          if (a.unit === b.unit && a.value !== b.value) contrasted.add(`${a.unit}\u0000${a.value}\u0000${b.value}`);
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

function firstContrastedPair(unit: string, ranked: DisputedValue[], contrasted: Set<string>): [DisputedValue, DisputedValue] | null {
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      if (contrasted.has(`${unit}\u0000${ranked[i]!.value}\u0000${ranked[j]!.value}`)) return [ranked[i]!, ranked[j]!];
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
