/**
 * @module weigh/weigh-sources
 * How much each venue of a story counts: kind, engagement, originality and corroboration, as checkable factors.
 */
import {
  pushTo,
  type Platform,
  type PublisherFamily,
  type RecordKind,
  type SourceRecord,
  type SourceWeight,
  type WeightFactor,
} from '../model/index.js';
import { recordEngagement } from './record-engagement.js';
import { addInto, buildTfidf, normalize, type SparseVector } from '../enrich/tfidf.js';
import { termsOf, type FeaturesOf } from '../cluster/vectorize-units.js';
import { termsFromCounts } from '../enrich/terms-from-counts.js';
import { findSyndicatedCopies } from './find-syndicated-copies.js';
import { findDisputedFigures, type DisputedFigure } from './find-disputed-figures.js';
import { median, roundWeight } from './weight-math.js';
import {
  indexPublisherFamilies,
  NO_PUBLISHER_FAMILIES,
  sameFamilyNote,
  type PublisherFamilyIndex,
} from './index-publisher-families.js';

/**
 * Baseline by kind. Press is edited and accountable (1.0); community posts are first-hand but
 * unedited (0.8), close enough that engagement and corroboration can lift them past a press venue.
 * A project choice stated in every Methodology, not a measured figure.
 */
export const KIND_BASELINE: Readonly<Record<RecordKind, number>> = { press: 1, community: 0.8 };
/** Engagement factor bounds: a venue's log engagement over the story median, clamped so no crowd doubles a voice. */
export const ENGAGEMENT_FACTOR_RANGE = { min: 0.5, max: 1.5 } as const;
/** Originality factor of a record that copies another venue's earlier record; an original counts 1. */
export const COPY_ORIGINALITY = 0.2;
/** Key terms per venue: its top TF-IDF terms within the story. */
export const KEY_TERMS_PER_VENUE = 10;
/** Key terms two venues must share to corroborate each other. */
export const MIN_SHARED_KEY_TERMS = 3;
/** Corroboration factor of a venue no independent venue backs; one backed by all of them gets 1. */
export const UNCORROBORATED_FACTOR = 0.5;
/**
 * Track record: a venue that stated a disputed figure the story's other venues contradict loses this
 * much per such figure, one whose figure the others bear out gains this much, within the range.
 * A project choice, stated in every Methodology: a miss costs more than a hit earns.
 */
export const TRACK_RECORD = { miss: 0.25, hit: 0.1, min: 0.5, max: 1.2 } as const;

interface Venue {
  name: string;
  records: SourceRecord[];
  /** The publisher family of its first record that has one; null when none. */
  family: PublisherFamily | null;
}

/**
 * One SourceWeight per venue (venue, else platform) of the story's records, heaviest first. Factors:
 * `kind` ({@link KIND_BASELINE}), `engagement` (log1p of the venue's summed engagement over the median
 * of venues that report any, clamped to {@link ENGAGEMENT_FACTOR_RANGE}; 1 when not reported),
 * `originality` (share of original records, copies at {@link COPY_ORIGINALITY}), `corroboration`
 * (share of other independent venues sharing {@link MIN_SHARED_KEY_TERMS} key terms, mapped onto
 * [{@link UNCORROBORATED_FACTOR}, 1]), `track record` (its figures in the story's disputes, {@link TRACK_RECORD}).
 * `weight` is the product of the factors over the largest product. Venues of one publisher family
 * (`families`, the configured table) are one independent voice: a sister outlet never corroborates,
 * and sisters agreeing count once, as a copy counts once with its original; the notes name the family.
 * `featuresOf` gives a record's stored term counts (its enrichment), so its text is not tokenised
 * again for the key terms; a record without is tokenised as usual. The weights are the same either way.
 */
export function weighSources(
  records: readonly SourceRecord[],
  copies: ReadonlyMap<string, string> = findSyndicatedCopies(records),
  families: readonly PublisherFamily[] = NO_PUBLISHER_FAMILIES,
  featuresOf?: FeaturesOf,
): SourceWeight[] {
  if (records.length === 0) return [];
  const venues = groupByVenue(records, indexPublisherFamilies(families));
  const venueOf = new Map(records.map((record) => [record.id, record.venue ?? record.platform]));
  const engagementMedian = median(venues.filter(reportsEngagement).map((venue) => Math.log1p(totalEngagement(venue))));
  const keyTerms = keyTermsOf(venues, copies, featuresOf);
  const disputes = findDisputedFigures(records);
  const drafts = venues.map((venue) => {
    const kind = majorityKind(venue.records);
    const factors: WeightFactor[] = [
      { name: 'kind', value: KIND_BASELINE[kind], note: kind === 'press' ? 'press outlet' : 'community venue' },
      engagementFactor(venue, engagementMedian),
      originalityFactor(venue, copies, venueOf),
      corroborationFactor(venue, venues, keyTerms, copies, venueOf),
      trackRecordFactor(venue, disputes, venues),
    ];
    const product = factors.reduce((value, factor) => value * factor.value, 1);
    return {
      venue: venue.name,
      platform: majorityPlatform(venue.records),
      kind,
      recordCount: venue.records.length,
      product,
      factors,
    };
  });
  const largest = Math.max(...drafts.map((draft) => draft.product));
  return drafts
    .map(({ product, ...weight }) => ({ ...weight, weight: largest > 0 ? roundWeight(product / largest) : 0 }))
    .sort((a, b) => b.weight - a.weight || a.venue.localeCompare(b.venue));
}

function engagementFactor(venue: Venue, storyMedian: number): WeightFactor {
  if (!reportsEngagement(venue) || storyMedian === 0)
    return { name: 'engagement', value: 1, note: 'no engagement reported' };
  const total = totalEngagement(venue);
  const ratio = Math.log1p(total) / storyMedian;
  const value = roundWeight(Math.min(ENGAGEMENT_FACTOR_RANGE.max, Math.max(ENGAGEMENT_FACTOR_RANGE.min, ratio)));
  return {
    name: 'engagement',
    value,
    note: `${total} points, likes, reposts and replies; log scale against the story median`,
  };
}

function originalityFactor(
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

function corroborationFactor(
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

/** The story's other venues in the venue's publisher family, by name. */
function sistersOf(venue: Venue, venues: readonly Venue[]): string[] {
  return venue.family
    ? venues.filter((other) => other.name !== venue.name && other.family === venue.family).map((other) => other.name)
    : [];
}

/** How a dispute was settled, in a few words for a factor's note. */
function settledHow(settlement: NonNullable<DisputedFigure['settlement']>): string {
  if (settlement.how === 'weight') return `${settlement.venues[0]} venues against ${settlement.venues[1]}`;
  return settlement.how === 'concession' ? 'the party conceded' : 'a correction';
}

/**
 * How the venue's figures fared in the story's disputes: for each disputed figure, the value more
 * venues state prevails (a tie settles nothing); stating only the other value is a miss, stating
 * the prevailing one a hit. Venues are counted one per publisher family, so sister outlets repeating
 * a figure do not outvote an independent venue.
 */
function trackRecordFactor(venue: Venue, disputes: readonly DisputedFigure[], venues: readonly Venue[]): WeightFactor {
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

/** True when every record of `copier` republishes a record of `source`: then they are one voice. */
function isCopyOnlyOf(
  copier: Venue,
  source: Venue,
  copies: ReadonlyMap<string, string>,
  venueOf: Map<string, string>,
): boolean {
  return copier.records.every((record) => copies.has(record.id) && venueOf.get(copies.get(record.id)!) === source.name);
}

/** Each venue's top TF-IDF terms over its original records (all records when it has only copies). */
function keyTermsOf(
  venues: Venue[],
  copies: ReadonlyMap<string, string>,
  featuresOf: FeaturesOf | undefined,
): Map<string, Set<string>> {
  const records = venues.flatMap((venue) => venue.records);
  const termsOfRecord = (record: SourceRecord) => {
    const stored = featuresOf?.(record);
    return stored ? termsFromCounts(stored.terms) : termsOf(record);
  };
  const { vectors } = buildTfidf(records.map(termsOfRecord));
  const vectorOf = new Map(records.map((record, index) => [record.id, vectors[index]!]));
  const result = new Map<string, Set<string>>();
  for (const venue of venues) {
    const originals = venue.records.filter((record) => !copies.has(record.id));
    const sum: SparseVector = new Map();
    for (const record of originals.length > 0 ? originals : venue.records) addInto(sum, vectorOf.get(record.id)!);
    const top = [...normalize(sum)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_TERMS_PER_VENUE);
    result.set(venue.name, new Set(top.map(([term]) => term)));
  }
  return result;
}

function groupByVenue(records: readonly SourceRecord[], families: PublisherFamilyIndex): Venue[] {
  const byName = new Map<string, SourceRecord[]>();
  for (const record of records) {
    const name = record.venue ?? record.platform;
    pushTo(byName, name, record);
  }
  return [...byName].map(([name, list]) => ({ name, records: list, family: familyOfVenue(list, families) }));
}

function familyOfVenue(records: readonly SourceRecord[], families: PublisherFamilyIndex): PublisherFamily | null {
  for (const record of records) {
    const family = families.familyOf(record);
    if (family) return family;
  }
  return null;
}

function reportsEngagement(venue: Venue): boolean {
  return venue.records.some((record) => Object.values(record.engagement).some((value) => typeof value === 'number'));
}

/** The venue's records' engagement summed ({@link recordEngagement}). */
function totalEngagement(venue: Venue): number {
  return venue.records.reduce((sum, record) => sum + (recordEngagement(record.engagement) ?? 0), 0);
}

function majorityKind(records: SourceRecord[]): RecordKind {
  const press = records.filter((record) => record.kind === 'press').length;
  return press * 2 >= records.length ? 'press' : 'community';
}

function majorityPlatform(records: SourceRecord[]): Platform {
  const counts = new Map<Platform, number>();
  for (const record of records) counts.set(record.platform, (counts.get(record.platform) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
