/**
 * @module verify/check-numbers
 * Layer `numbers`: every figure in a sentence, with its unit and magnitude, occurs in a cited record;
 * dates written from a cited record's publication time count as present.
 */
import type { SourceRecord } from '../model/index.js';
import { extractQuantities, sameValue, type Quantity } from '../enrich/extract-quantities.js';
import { citedRecords, withoutPublicationDates, type SentenceCheck } from './sentence-check.js';

/** The figures a record states: its title, text, venue and author (a venue like "r/3dprinting" may be named). */
function quantitiesOf(record: SourceRecord): Quantity[] {
  return extractQuantities([record.title, record.text, record.venue, record.author].filter(Boolean).join('\n'));
}

/**
 * Whether a record's figure `stated` supports the sentence's figure `claimed`. A figure with a unit
 * or a magnitude must match in value and unit ("$2.41 billion" = "$2.41bn" = "2,410 million dollars";
 * "31 percent" = "31%"; "256-byte" ≠ "256-bit"), where a record's scaled figure without a unit
 * ("1.37B") supports any unit. A bare figure matches the same number however the record wrote it.
 */
export function supportsQuantity(stated: Quantity, claimed: Quantity): boolean {
  if (claimed.unit === null && !claimed.scaled)
    return stated.written === claimed.written || sameValue(stated.value, claimed.value);
  if (!sameValue(stated.value, claimed.value)) return false;
  return claimed.unit === null || stated.unit === claimed.unit || (stated.unit === null && stated.scaled);
}

/** Fails a sentence with a figure no cited record states with that value and unit. */
export const checkNumbers: SentenceCheck = {
  layer: 'numbers',
  check(sentence, context) {
    const records = citedRecords(sentence, context);
    const stated = records.flatMap(quantitiesOf);
    for (const claimed of extractQuantities(withoutPublicationDates(sentence.text, records))) {
      if (stated.some((quantity) => supportsQuantity(quantity, claimed))) continue;
      const sameNumber = stated.find((quantity) => quantity.written === claimed.written && quantity.unit !== null);
      return sameNumber && claimed.unit !== null && sameNumber.unit !== claimed.unit
        ? `the figure "${claimed.raw}" has a unit no cited record gives it (a cited record says "${sameNumber.raw}")`
        : `the figure "${claimed.raw}" does not occur in any cited record`;
    }
    return null;
  },
};
