/**
 * @module weigh/corroboration-factor
 * The corroboration factor of a venue's weight: how many other independent voices share its key terms.
 */
import { pushTo, type WeightFactor } from '../model/index.js';
import { isCopyOnlyOf, sistersOf, type Venue } from './group-by-venue.js';
import { sameFamilyNote } from './index-publisher-families.js';
import { roundWeight } from './weight-math.js';

/** Key terms two venues must share to corroborate each other. */
export const MIN_SHARED_KEY_TERMS = 3;
/** Corroboration factor of a venue no independent venue backs; one backed by all of them gets 1. */
export const UNCORROBORATED_FACTOR = 0.5;

/**
 * The share of other independent voices (one per publisher family; copies and their originals are one
 * voice) sharing {@link MIN_SHARED_KEY_TERMS} key terms with the venue, mapped onto
 * [{@link UNCORROBORATED_FACTOR}, 1]; the note names any families merged.
 */
export function corroborationFactor(
  venue: Venue,
  venues: Venue[],
  keyTerms: Map<string, Set<string>>,
  copies: ReadonlyMap<string, string>,
  venueOf: Map<string, string>,
): WeightFactor {
  const sisters = sistersOf(venue, venues);
  const others = venues.filter(
    (other) =>
      other.name !== venue.name &&
      !sisters.includes(other.name) &&
      !isCopyOnlyOf(other, venue, copies, venueOf) &&
      !isCopyOnlyOf(venue, other, copies, venueOf),
  );
  // One voice per publisher family among the others: it backs this venue when any of its outlets does.
  const voices = new Map<string, Venue[]>();
  for (const other of others) pushTo(voices, other.family ? `family:${other.family.name}` : other.name, other);
  const familyNotes = [
    ...(venue.family && sisters.length > 0 ? [sameFamilyNote(sisters, venue.family)] : []),
    ...[...voices.values()]
      .filter((voice) => voice.length > 1)
      .map(
        ([first, ...rest]) =>
          `${first!.name} ${sameFamilyNote(
            rest.map((other) => other.name),
            first!.family!,
          )}`,
      ),
  ];
  const withFamilies = (note: string) => [note, ...familyNotes].join('; ');
  if (voices.size === 0)
    return {
      name: 'corroboration',
      value: UNCORROBORATED_FACTOR,
      note: withFamilies('no other independent venue in the story'),
    };
  const own = keyTerms.get(venue.name)!;
  const sharesTerms = (other: Venue) =>
    [...keyTerms.get(other.name)!].filter((term) => own.has(term)).length >= MIN_SHARED_KEY_TERMS;
  const backing = [...voices.values()].filter((voice) => voice.some(sharesTerms)).length;
  const value = roundWeight(UNCORROBORATED_FACTOR + (1 - UNCORROBORATED_FACTOR) * (backing / voices.size));
  return {
    name: 'corroboration',
    value,
    note: withFamilies(`shares key terms with ${backing} of ${voices.size} other independent venues`),
  };
}
