/**
 * @module weigh/track-record-factor
 * The track-record factor of a venue's weight: how its figures fared in the story's disputes.
 */
import type { WeightFactor } from '../model/index.js';
import type { DisputedFigure } from './find-disputed-figures.js';
import { sistersOf, type Venue } from './group-by-venue.js';
import { sameFamilyNote } from './index-publisher-families.js';
import { roundWeight } from './weight-math.js';

/**
 * Track record: a venue that stated a disputed figure the story's other venues contradict loses this
 * much per such figure, one whose figure the others bear out gains this much, within the range.
 * A project choice, stated in every Methodology: a miss costs more than a hit earns.
 */
export const TRACK_RECORD = { miss: 0.25, hit: 0.1, min: 0.5, max: 1.2 } as const;

/**
 * How the venue's figures fared in the story's settled disputes: the value the settlement keeps
 * prevails (an unsettled dispute judges no one); stating only the other value is a miss, stating
 * the prevailing one a hit. Venues are counted one per publisher family, so sister outlets repeating
 * a figure do not outvote an independent venue.
 */
export function trackRecordFactor(
  venue: Venue,
  disputes: readonly DisputedFigure[],
  venues: readonly Venue[],
): WeightFactor {
  const voiceOf = new Map(
    venues.map((entry) => [entry.name, entry.family ? `family:${entry.family.name}` : entry.name]),
  );
  let hits = 0;
  let misses = 0;
  let mergedSisters = false;
  const notes: string[] = [];
  for (const dispute of disputes) {
    const [a, b] = dispute.values;
    const venuesOf = (side: typeof a) => new Set(side.records.map((record) => record.venue ?? record.platform));
    const [venuesA, venuesB] = [venuesOf(a), venuesOf(b)];
    const voicesOf = (names: Set<string>) => new Set([...names].map((name) => voiceOf.get(name) ?? name)).size;
    const [voicesA, voicesB] = [voicesOf(venuesA), voicesOf(venuesB)];
    // Only a settled dispute judges anyone: the value that stands is the settlement's, however counted.
    const settlement = dispute.settlement;
    if (!settlement) continue;
    const aStands = settlement.value === a.value;
    const [prevailing, other, prevailingVenues, otherVenues, prevailingVoices] = aStands
      ? [a, b, venuesA, venuesB, voicesA]
      : [b, a, venuesB, venuesA, voicesB];
    const statesPrevailing = prevailingVenues.has(venue.name);
    const statesOther = otherVenues.has(venue.name);
    if (statesOther && !statesPrevailing) {
      misses += 1;
      notes.push(`stated ${other.surface}, settled as wrong (${settledHow(settlement)}) for ${prevailing.surface}`);
    } else if (statesPrevailing && !statesOther) {
      hits += 1;
      notes.push(
        `stated ${prevailing.surface}, borne out (${settledHow(settlement)}) with ${prevailingVoices - 1} other venues`,
      );
    }
    if (venuesA.size + venuesB.size !== voicesA + voicesB) mergedSisters = true;
  }
  if (hits + misses === 0)
    return { name: 'track record', value: 1, note: 'no disputed figure of this venue is settled in the story' };
  const value = roundWeight(
    Math.min(TRACK_RECORD.max, Math.max(TRACK_RECORD.min, 1 + TRACK_RECORD.hit * hits - TRACK_RECORD.miss * misses)),
  );
  const sisters = sistersOf(venue, venues);
  if (mergedSisters && venue.family && sisters.length > 0) notes.push(sameFamilyNote(sisters, venue.family));
  return { name: 'track record', value, note: notes.join('; ') };
}

/** How a dispute was settled, in a few words for a factor's note. */
function settledHow(settlement: NonNullable<DisputedFigure['settlement']>): string {
  if (settlement.how === 'weight') return `${settlement.venues[0]} venues against ${settlement.venues[1]}`;
  return settlement.how === 'concession' ? 'the party conceded' : 'a correction';
}
