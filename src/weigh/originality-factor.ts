/**
 * @module weigh/originality-factor
 * The originality factor of a venue's weight: the share of its records that copy no other venue.
 */
import type { WeightFactor } from '../model/index.js';
import type { Venue } from './group-by-venue.js';
import { roundWeight } from './weight-math.js';

/** Originality factor of a record that copies another venue's earlier record; an original counts 1. */
export const COPY_ORIGINALITY = 0.2;

/** The venue's share of original records, each copy counting {@link COPY_ORIGINALITY}; the note names what it copies. */
export function originalityFactor(
  venue: Venue,
  copies: ReadonlyMap<string, string>,
  venueOf: Map<string, string>,
): WeightFactor {
  const copied = venue.records.filter((record) => copies.has(record.id));
  if (copied.length === 0) return { name: 'originality', value: 1, note: 'no record copies another venue' };
  const value = roundWeight(
    (venue.records.length - copied.length + COPY_ORIGINALITY * copied.length) / venue.records.length,
  );
  const sources = [...new Set(copied.map((record) => venueOf.get(copies.get(record.id)!) ?? 'another venue'))].join(
    ', ',
  );
  return {
    name: 'originality',
    value,
    note: `${copied.length} of ${venue.records.length} records republish ${sources}`,
  };
}
