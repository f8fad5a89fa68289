/**
 * @module weigh/weigh-sources
 * How much each venue of a story counts: kind, engagement, originality and corroboration, as checkable factors.
 */
import { pushTo, type Platform, type RecordKind, type SourceRecord, type SourceWeight, type WeightFactor } from '../model/index.js';
import { recordEngagement } from './record-engagement.js';
import { addInto, buildTfidf, normalize, type SparseVector } from '../enrich/tfidf.js';
import { termsOf } from '../cluster/vectorize-units.js';
import { findSyndicatedCopies } from './find-syndicated-copies.js';
import { findDisputedFigures, type DisputedFigure } from './find-disputed-figures.js';
import { median, roundWeight } from './weight-math.js';

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
}

/**
 * One SourceWeight per venue (venue, else platform) of the story's records, heaviest first. Factors:
 * `kind` ({@link KIND_BASELINE}), `engagement` (log1p of the venue's summed engagement over the median
 * of venues that report any, clamped to {@link ENGAGEMENT_FACTOR_RANGE}; 1 when not reported),
 * `originality` (share of original records, copies at {@link COPY_ORIGINALITY}), `corroboration`
 * (share of other independent venues sharing {@link MIN_SHARED_KEY_TERMS} key terms, mapped onto
 * [{@link UNCORROBORATED_FACTOR}, 1]), `track record` (its figures in the story's disputes, {@link TRACK_RECORD}).
 * `weight` is the product of the factors over the largest product.
 */
export function weighSources(records: readonly SourceRecord[], copies: ReadonlyMap<string, string> = findSyndicatedCopies(records)): SourceWeight[] {
  if (records.length === 0) return [];
  const venues = groupByVenue(records);
  const venueOf = new Map(records.map((record) => [record.id, record.venue ?? record.platform]));
  const engagementMedian = median(venues.filter(reportsEngagement).map((venue) => Math.log1p(totalEngagement(venue))));
  const keyTerms = keyTermsOf(venues, copies);
  const disputes = findDisputedFigures(records);
  const drafts = venues.map((venue) => {
    const kind = majorityKind(venue.records);
    const factors: WeightFactor[] = [
      { name: 'kind', value: KIND_BASELINE[kind], note: kind === 'press' ? 'press outlet' : 'community venue' },
      engagementFactor(venue, engagementMedian),
      originalityFactor(venue, copies, venueOf),
      corroborationFactor(venue, venues, keyTerms, copies, venueOf),
      trackRecordFactor(venue, disputes),
    ];
    const product = factors.reduce((value, factor) => value * factor.value, 1);
    return { venue: venue.name, platform: majorityPlatform(venue.records), kind, recordCount: venue.records.length, product, factors };
  });
  const largest = Math.max(...drafts.map((draft) => draft.product));
  return drafts
    .map(({ product, ...weight }) => ({ ...weight, weight: largest > 0 ? roundWeight(product / largest) : 0 }))
    .sort((a, b) => b.weight - a.weight || a.venue.localeCompare(b.venue));
}

function engagementFactor(venue: Venue, storyMedian: number): WeightFactor {
  if (!reportsEngagement(venue) || storyMedian === 0) return { name: 'engagement', value: 1, note: 'no engagement reported' };
  const total = totalEngagement(venue);
  const ratio = Math.log1p(total) / storyMedian;
  const value = roundWeight(Math.min(ENGAGEMENT_FACTOR_RANGE.max, Math.max(ENGAGEMENT_FACTOR_RANGE.min, ratio)));
  return { name: 'engagement', value, note: `${total} points, likes, reposts and replies; log scale against the story median` };
}

function originalityFactor(venue: Venue, copies: ReadonlyMap<string, string>, venueOf: Map<string, string>): WeightFactor {
  const copied = venue.records.filter((record) => copies.has(record.id));
  if (copied.length === 0) return { name: 'originality', value: 1, note: 'no record copies another venue' };
  const value = roundWeight((venue.records.length - copied.length + COPY_ORIGINALITY * copied.length) / venue.records.length);
  const sources = [...new Set(copied.map((record) => venueOf.get(copies.get(record.id)!) ?? 'another venue'))].join(', ');
  return { name: 'originality', value, note: `${copied.length} of ${venue.records.length} records republish ${sources}` };
}

function corroborationFactor(
  venue: Venue,
  venues: Venue[],
  keyTerms: Map<string, Set<string>>,
  copies: ReadonlyMap<string, string>,
  venueOf: Map<string, string>,
): WeightFactor {
  const independent = venues.filter((other) => other.name !== venue.name && !isCopyOnlyOf(other, venue, copies, venueOf) && !isCopyOnlyOf(venue, other, copies, venueOf));
  if (independent.length === 0) return { name: 'corroboration', value: UNCORROBORATED_FACTOR, note: 'no other independent venue in the story' };
  const own = keyTerms.get(venue.name)!;
  const backing = independent.filter((other) => [...keyTerms.get(other.name)!].filter((term) => own.has(term)).length >= MIN_SHARED_KEY_TERMS);
  const value = roundWeight(UNCORROBORATED_FACTOR + (1 - UNCORROBORATED_FACTOR) * (backing.length / independent.length));
  return { name: 'corroboration', value, note: `shares key terms with ${backing.length} of ${independent.length} other independent venues` };
}

/**
 * How the venue's figures fared in the story's disputes: for each disputed figure, the value more
 * venues state prevails (a tie settles nothing); stating only the other value is a miss, stating
 * the prevailing one a hit.
 */
function trackRecordFactor(venue: Venue, disputes: readonly DisputedFigure[]): WeightFactor {
  let hits = 0;
  let misses = 0;
  const notes: string[] = [];
  for (const dispute of disputes) {
    const [a, b] = dispute.values;
    const venuesOf = (side: typeof a) => new Set(side.records.map((record) => record.venue ?? record.platform));
    const [venuesA, venuesB] = [venuesOf(a), venuesOf(b)];
    if (venuesA.size === venuesB.size) continue;
    const [prevailing, other, prevailingVenues, otherVenues] = venuesA.size > venuesB.size ? [a, b, venuesA, venuesB] : [b, a, venuesB, venuesA];
    const statesPrevailing = prevailingVenues.has(venue.name);
    const statesOther = otherVenues.has(venue.name);
    if (statesOther && !statesPrevailing) {
      misses += 1;
      notes.push(`stated ${other.surface} where ${prevailingVenues.size} venues state ${prevailing.surface}`);
    } else if (statesPrevailing && !statesOther) {
      hits += 1;
      notes.push(`stated ${prevailing.surface}, which ${prevailingVenues.size - 1} other venues bear out`);
    }
  }
  if (hits + misses === 0) return { name: 'track record', value: 1, note: 'no disputed figure of this venue is settled in the story' };
  const value = roundWeight(Math.min(TRACK_RECORD.max, Math.max(TRACK_RECORD.min, 1 + TRACK_RECORD.hit * hits - TRACK_RECORD.miss * misses)));
  return { name: 'track record', value, note: notes.join('; ') };
}

/** True when every record of `copier` republishes a record of `source`: then they are one voice. */
function isCopyOnlyOf(copier: Venue, source: Venue, copies: ReadonlyMap<string, string>, venueOf: Map<string, string>): boolean {
  return copier.records.every((record) => copies.has(record.id) && venueOf.get(copies.get(record.id)!) === source.name);
}

/** Each venue's top TF-IDF terms over its original records (all records when it has only copies). */
function keyTermsOf(venues: Venue[], copies: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const records = venues.flatMap((venue) => venue.records);
  const { vectors } = buildTfidf(records.map(termsOf));
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

function groupByVenue(records: readonly SourceRecord[]): Venue[] {
  const byName = new Map<string, SourceRecord[]>();
  for (const record of records) {
    const name = record.venue ?? record.platform;
    pushTo(byName, name, record);
  }
  return [...byName].map(([name, list]) => ({ name, records: list }));
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
