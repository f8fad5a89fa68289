/**
 * The planted half of the claims eval: in each AllSides story, one outlet's figure that another
 * outlet also asserts is changed at run time (every mention of it in that outlet's record), and
 * groupClaims must then find the dispute; no corroborated group may join records whose asserted
 * values of one unit differ. Nothing is stored: the cases are built from the corpus each run.
 */
import type { SourceRecord } from '../../src/model/index.js';
import { findFigures, type FigureMention } from '../../src/enrich/find-figures.js';
import { splitSentences } from '../../src/enrich/split-sentences.js';
import { findDisputedFigures } from '../../src/weigh/find-disputed-figures.js';
import { groupClaims } from '../../src/weigh/group-claims.js';
import { stanceOf } from '../../src/weigh/value-stance.js';

/** What the planted changes found. */
export interface PlantedResult {
  cases: number;
  found: number;
  /** Corroborated groups (in the changed and unchanged stories) whose records assert different values of one unit. */
  corroborationsAcrossValues: number;
  /** One line per missed case, for CLAIMS_EXAMPLES. */
  missed: string[];
}

interface Asserted {
  record: SourceRecord;
  mention: FigureMention;
}

/** Changes one shared figure per story and checks the dispute is found. */
export function plantFigureChanges(stories: readonly SourceRecord[][]): PlantedResult {
  const result: PlantedResult = { cases: 0, found: 0, corroborationsAcrossValues: 0, missed: [] };
  for (const records of stories) {
    result.corroborationsAcrossValues += corroborationsAcrossValues(records);
    const shared = sharedFigure(records);
    if (!shared) continue;
    const { changed, newValue } = changeFigure(shared, records);
    const modified = records.map((record) => (record.id === changed.id ? changed : record));
    result.cases += 1;
    const groups = groupClaims(modified);
    const found = groups.some(
      (group) =>
        (group.status === 'disputed' || group.status === 'corrected') &&
        group.values.some((value) => value.value === newValue && value.recordIds.includes(changed.id)) &&
        group.values.some(
          (value) => value.value === shared.mention.value && value.recordIds.some((id) => id !== changed.id),
        ),
    );
    if (found) result.found += 1;
    else
      result.missed.push(
        `${shared.mention.surface} -> ${newValue} in ${changed.venue}; disputes: ${findDisputedFigures(modified)
          .map((dispute) => `${dispute.unit}:${dispute.values.map((value) => value.value).join('/')}`)
          .join(' ')}`,
      );
    result.corroborationsAcrossValues += corroborationsAcrossValues(modified);
  }
  return result;
}

/** Every asserted figure of a record, title and sentences. */
function assertedFigures(record: SourceRecord): Asserted[] {
  const sentences = [record.title ?? '', ...splitSentences(record.text)];
  return sentences.flatMap((sentence, index) =>
    findFigures(sentence)
      .filter((mention) => stanceOf(sentence, mention, sentences[index + 1]) === 'asserts')
      .map((mention) => ({ record, mention })),
  );
}

/** The first asserted figure of a later record that an earlier record asserts too. */
function sharedFigure(records: readonly SourceRecord[]): Asserted | null {
  const figures = records.map(assertedFigures);
  for (let later = 1; later < records.length; later++) {
    for (const candidate of figures[later]!) {
      const elsewhere = figures
        .slice(0, later)
        .some((list) =>
          list.some(
            (other) => other.mention.unit === candidate.mention.unit && other.mention.value === candidate.mention.value,
          ),
        );
      if (elsewhere) return candidate;
    }
  }
  return null;
}

/** The record with every mention of the figure's value in that unit changed to a value no record gives. */
function changeFigure(shared: Asserted, records: readonly SourceRecord[]): { changed: SourceRecord; newValue: string } {
  const taken = new Set(
    records.flatMap((record) =>
      [record.title ?? '', record.text].flatMap((text) =>
        findFigures(text)
          .filter((mention) => mention.unit === shared.mention.unit)
          .map((mention) => mention.value),
      ),
    ),
  );
  const old = Number(shared.mention.value);
  let next = old < 10 ? old + 3 : Math.round(old * 1.3);
  while (taken.has(String(next))) next += 1;
  const newValue = String(next);
  const swap = (text: string) =>
    findFigures(text)
      .filter((mention) => mention.unit === shared.mention.unit && mention.value === shared.mention.value)
      .reverse()
      .reduce(
        (acc, mention) =>
          acc.slice(0, mention.start) +
          mention.surface.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/u, newValue) +
          acc.slice(mention.end),
        text,
      );
  const record = shared.record;
  return {
    changed: { ...record, title: record.title === null ? null : swap(record.title), text: swap(record.text) },
    newValue,
  };
}

/** Corroborated groups where two records assert only different values of one unit. */
function corroborationsAcrossValues(records: readonly SourceRecord[]): number {
  let count = 0;
  for (const group of groupClaims(records)) {
    if (group.status !== 'corroborated') continue;
    const byRecord = group.mentions.map((mention) =>
      findFigures(mention.text).filter((figure) => stanceOf(mention.text, figure) === 'asserts'),
    );
    const valuesOf = (figures: FigureMention[], unit: string) =>
      new Set(figures.filter((figure) => figure.unit === unit).map((figure) => figure.value));
    const conflict = byRecord.some((a, i) =>
      byRecord.slice(i + 1).some((b) =>
        a.some((x) => {
          const left = valuesOf(a, x.unit);
          const right = valuesOf(b, x.unit);
          return right.size > 0 && ![...left].some((value) => right.has(value));
        }),
      ),
    );
    if (conflict) count += 1;
  }
  return count;
}
