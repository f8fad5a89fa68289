/**
 * @module weigh/settle-dispute
 * Whether a disputed figure is settled, which value stands, and how: a correction notice, the
 * party the figure is about conceding (or a source changing its own figure), or the weight of
 * later independent records.
 */
import { recordTime, type SourceRecord } from '../model/index.js';
import { splitSentences } from '../enrich/split-sentences.js';
import { findFigures } from '../enrich/find-figures.js';
import { stanceOf } from './value-stance.js';

/** How a dispute was settled: by whom (a record) and in favour of which value. */
export interface DisputeSettlement {
  /** The value that stands. */
  value: string;
  /** The value settled as wrong. */
  wrong: string;
  /** `correction`: a correction notice, or the source of the wrong value giving the other later; `concession`: the party conceding; `weight`: later independent records. */
  how: 'correction' | 'concession' | 'weight';
  /** The record that settled it (for `weight`, the latest record asserting the standing value). */
  recordId: string;
  /** Independent venues asserting each value when settled by weight: [standing, wrong]. */
  venues: [number, number];
}

/** One side as the dispute finder gives it: a value and the records asserting it, oldest first. */
interface Side {
  value: string;
  records: SourceRecord[];
}

/** A sentence announcing a correction of what was reported before. */
const CORRECTION_NOTICE =
  /\b(?:correction|corrected|retract(?:ed|s|ion)?|an earlier version of this (?:article|story|post)|(?:we|it) (?:previously|earlier|initially) (?:reported|said|stated))\b/iu;
/** A sentence reporting that the party behind a figure now gives another: "the product page now describes …". */
const CONCESSION =
  /\b(?:now (?:lists|describes|says|states|shows|reads|gives)|acknowledg(?:ed|es)|admitt?(?:ed|s)|conced(?:ed|es)|confirmed that|updated (?:its|the) (?:page|spec|listing))\b/iu;
/**
 * Later independent venues must favour one value by this factor, and number at least
 * {@link MIN_WEIGHT_VENUES}: "clearly", so that two against one stays an open dispute.
 */
export const SETTLING_RATIO = 2;
/** Independent venues asserting the standing value, at least, to settle by weight. */
export const MIN_WEIGHT_VENUES = 3;

/**
 * The settlement of a dispute between `a` and `b` (in `unit`), or null when it is open. Checked in
 * order: a correction notice asserting one value; a record reporting that the party conceded; the
 * source of one value later asserting the other; then the weight of independent venues.
 */
export function settleDispute(unit: string, a: Side, b: Side): DisputeSettlement | null {
  const sides = [a, b] as const;
  for (const [index, side] of sides.entries()) {
    const other = sides[1 - index]!;
    for (const record of side.records) {
      const how = settlingSentence(record, unit, side.value);
      if (how) return { value: side.value, wrong: other.value, how, recordId: record.id, venues: [0, 0] };
    }
    const changed = side.records.find((record) =>
      other.records.some(
        (before) =>
          before.id !== record.id &&
          venueOf(before) === venueOf(record) &&
          (record.kind === 'press' || (record.author !== null && record.author === before.author)) &&
          recordTime(before) < recordTime(record) &&
          !side.records.includes(before),
      ),
    );
    if (changed)
      return { value: side.value, wrong: other.value, how: 'correction', recordId: changed.id, venues: [0, 0] };
  }
  const venues = sides.map((side) => new Set(side.records.map(venueOf)).size);
  for (const [index, side] of sides.entries()) {
    const mine = venues[index]!;
    const theirs = venues[1 - index]!;
    if (mine >= MIN_WEIGHT_VENUES && mine >= SETTLING_RATIO * theirs) {
      const last = side.records[side.records.length - 1]!;
      return {
        value: side.value,
        wrong: sides[1 - index]!.value,
        how: 'weight',
        recordId: last.id,
        venues: [mine, theirs],
      };
    }
  }
  return null;
}

/** Whether a sentence of `record` asserting `value` in `unit` is a correction notice or reports a concession. */
function settlingSentence(record: SourceRecord, unit: string, value: string): 'correction' | 'concession' | null {
  const sentences = [record.title ?? '', ...splitSentences(record.text)];
  for (const [index, sentence] of sentences.entries()) {
    const ofUnit = findFigures(sentence).filter((mention) => mention.unit === unit);
    const asserted = ofUnit.filter(
      (mention) => mention.value === value && stanceOf(sentence, mention, sentences[index + 1]) === 'asserts',
    );
    // A sentence giving both values settles nothing unless the value follows the settling words first.
    if (asserted.length === 0) continue;
    if (CORRECTION_NOTICE.test(sentence) && ofUnit.every((mention) => mention.value === value)) return 'correction';
    const concession = CONCESSION.exec(sentence);
    const nextFigure = concession
      ? ofUnit.find((mention) => mention.start > concession.index + concession[0].length)
      : undefined;
    if (nextFigure?.value === value) return 'concession';
  }
  return null;
}

function venueOf(record: SourceRecord): string {
  return record.venue ?? record.sourceId ?? record.platform;
}
