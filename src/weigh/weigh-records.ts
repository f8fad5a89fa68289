/**
 * @module weigh/weigh-records
 * Each record's weight in its story as a product of named factors a reader can check:
 * independence, engagement against its own community's baseline, source kind, corroboration, recency.
 */
import {
  pushTo,
  type ClaimGroup,
  type PublisherFamily,
  type RecordWeight,
  type SourceRecord,
  type WeightFactor,
} from '../model/index.js';
import { recordTime } from '../cluster/group-threads.js';
import { UNCORROBORATED_FACTOR } from './corroboration-factor.js';
import { ENGAGEMENT_FACTOR_RANGE } from './engagement-factor.js';
import { COPY_ORIGINALITY } from './originality-factor.js';
import { KIND_BASELINE } from './weigh-sources.js';
import { findSyndicatedCopies } from './find-syndicated-copies.js';
import { recordEngagement } from './record-engagement.js';
import { median, roundWeight } from './weight-math.js';
import {
  indexPublisherFamilies,
  NO_PUBLISHER_FAMILIES,
  sameFamilyNote,
  type PublisherFamilyIndex,
} from './index-publisher-families.js';

/** Independent sources at which corroboration is full: two confirm, three settle (the wire-desk rule of thumb). */
export const CORROBORATION_SATURATION = 3;
/**
 * Recency: a record loses half its weight per this many hours before the story's newest record, down
 * to {@link RECENCY_FLOOR}. A week, so a story's original reporting keeps most of its weight while it runs.
 */
export const RECENCY_HALF_LIFE_HOURS = 168;
export const RECENCY_FLOOR = 0.5;
/** A venue's engagement baseline needs this many records with engagement to mean anything. */
export const MIN_BASELINE_RECORDS = 3;
/** The trailing window over which a venue's typical engagement is measured (30 days). */
export const BASELINE_WINDOW_DAYS = 30;

const MS_PER_HOUR = 3_600_000;

/** A venue's typical engagement: the median over its records in the trailing window, and how many. */
export interface EngagementBaseline {
  median: number;
  records: number;
}

/**
 * Per venue (venue, else platform), the median engagement of its records published within
 * {@link BASELINE_WINDOW_DAYS} before `asOf`: what a post there usually gets, so a 40-point comment
 * in a small forum and a 4,000-point post on a large subreddit are each read against their own crowd.
 */
export function engagementBaselines(records: readonly SourceRecord[], asOf: string): Map<string, EngagementBaseline> {
  const end = Date.parse(asOf);
  const start = end - BASELINE_WINDOW_DAYS * 24 * MS_PER_HOUR;
  const byVenue = new Map<string, number[]>();
  for (const record of records) {
    const engagement = recordEngagement(record.engagement);
    const time = recordTime(record);
    if (engagement === null || time < start || time > end) continue;
    const venue = record.venue ?? record.platform;
    pushTo(byVenue, venue, engagement);
  }
  return new Map([...byVenue].map(([venue, values]) => [venue, { median: median(values), records: values.length }]));
}

/**
 * One RecordWeight per record, heaviest first; `weight` is the product of the factors. `claims` are
 * the story's claim groups (weigh/group-claims); `baselines` come from {@link engagementBaselines};
 * `copies` from findSyndicatedCopies, computed here when not given; `families` is the configured
 * publisher-family table. The claims' independent sources already count a family once (groupClaims
 * with the same table); the independence and corroboration notes name the sister outlets counted with it.
 */
export function weighRecords(
  records: readonly SourceRecord[],
  claims: readonly ClaimGroup[],
  baselines: ReadonlyMap<string, EngagementBaseline>,
  copies: ReadonlyMap<string, string> = findSyndicatedCopies(records),
  families: readonly PublisherFamily[] = NO_PUBLISHER_FAMILIES,
): RecordWeight[] {
  if (records.length === 0) return [];
  const byId = new Map(records.map((record) => [record.id, record]));
  const newest = Math.max(...records.map(recordTime));
  const sources = new Map<string, number>();
  for (const claim of claims)
    for (const id of claim.recordIds) sources.set(id, Math.max(sources.get(id) ?? 1, claim.independentSources));
  const familyIndex = indexPublisherFamilies(families);
  const inStory = sisterVenues(records, familyIndex);
  const inClaims = sisterVenuesInClaims(claims, byId, familyIndex);
  return records
    .map((record) => {
      const family = familyIndex.familyOf(record);
      const withSisters = (factor: WeightFactor, sisters: readonly string[] | undefined): WeightFactor =>
        family && sisters && sisters.length > 0
          ? { ...factor, note: `${factor.note}; ${sameFamilyNote(sisters, family)}` }
          : factor;
      const factors: WeightFactor[] = [
        withSisters(
          independenceFactor(record, copies, byId),
          copies.has(record.id) ? undefined : inStory.get(record.id),
        ),
        engagementFactor(record, baselines),
        {
          name: 'source kind',
          value: KIND_BASELINE[record.kind],
          note: record.kind === 'press' ? 'press outlet' : 'community venue',
        },
        withSisters(corroborationFactor(sources.get(record.id) ?? 1), inClaims.get(record.id)),
        recencyFactor((newest - recordTime(record)) / MS_PER_HOUR),
      ];
      const weight = roundWeight(factors.reduce((product, factor) => product * factor.value, 1));
      return {
        recordId: record.id,
        venue: record.venue ?? record.platform,
        platform: record.platform,
        kind: record.kind,
        weight,
        factors,
      };
    })
    .sort((a, b) => b.weight - a.weight || a.recordId.localeCompare(b.recordId));
}

/** Per record, the other venues of its publisher family among the story's records, by name. */
function sisterVenues(records: readonly SourceRecord[], families: PublisherFamilyIndex): Map<string, string[]> {
  const venuesByFamily = new Map<string, Set<string>>();
  for (const record of records) {
    const family = families.familyOf(record);
    if (!family) continue;
    const venues = venuesByFamily.get(family.name) ?? new Set<string>();
    venues.add(record.venue ?? record.platform);
    venuesByFamily.set(family.name, venues);
  }
  const result = new Map<string, string[]>();
  for (const record of records) {
    const family = families.familyOf(record);
    const own = record.venue ?? record.platform;
    const sisters = family ? [...venuesByFamily.get(family.name)!].filter((venue) => venue !== own) : [];
    if (sisters.length > 0) result.set(record.id, sisters);
  }
  return result;
}

/** Per record, the other venues of its family that state one of its claims: those its corroboration counted with it. */
function sisterVenuesInClaims(
  claims: readonly ClaimGroup[],
  byId: ReadonlyMap<string, SourceRecord>,
  families: PublisherFamilyIndex,
): Map<string, string[]> {
  const result = new Map<string, Set<string>>();
  for (const claim of claims) {
    const members = claim.recordIds
      .map((id) => byId.get(id))
      .filter((record): record is SourceRecord => record !== undefined);
    const sisters = sisterVenues(members, families);
    for (const [id, venues] of sisters) {
      const found = result.get(id) ?? new Set<string>();
      for (const venue of venues) found.add(venue);
      result.set(id, found);
    }
  }
  return new Map([...result].map(([id, venues]) => [id, [...venues].sort()]));
}

function independenceFactor(
  record: SourceRecord,
  copies: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, SourceRecord>,
): WeightFactor {
  const original = copies.get(record.id);
  if (!original) return { name: 'independence', value: 1, note: 'original: copies no earlier record of another venue' };
  const source = byId.get(original);
  return {
    name: 'independence',
    value: COPY_ORIGINALITY,
    note: `republishes ${source?.venue ?? source?.platform ?? 'an earlier record'} (${original}); a copy counts once, with its original`,
  };
}

function engagementFactor(record: SourceRecord, baselines: ReadonlyMap<string, EngagementBaseline>): WeightFactor {
  const engagement = recordEngagement(record.engagement);
  if (engagement === null) return { name: 'engagement', value: 1, note: 'no engagement reported' };
  const venue = record.venue ?? record.platform;
  const baseline = baselines.get(venue);
  if (!baseline || baseline.records < MIN_BASELINE_RECORDS) {
    return {
      name: 'engagement',
      value: 1,
      note: `${engagement}; too few ${venue} records in the last ${BASELINE_WINDOW_DAYS} days for a baseline`,
    };
  }
  const ratio = Math.log1p(engagement) / Math.max(Math.log1p(baseline.median), Math.log1p(1));
  const value = roundWeight(Math.min(ENGAGEMENT_FACTOR_RANGE.max, Math.max(ENGAGEMENT_FACTOR_RANGE.min, ratio)));
  return {
    name: 'engagement',
    value,
    note: `${engagement} against a median of ${baseline.median} over ${baseline.records} ${venue} records (log scale)`,
  };
}

function corroborationFactor(independentSources: number): WeightFactor {
  const share = Math.min(1, (independentSources - 1) / (CORROBORATION_SATURATION - 1));
  const value = roundWeight(UNCORROBORATED_FACTOR + (1 - UNCORROBORATED_FACTOR) * share);
  return {
    name: 'corroboration',
    value,
    note:
      independentSources > 1
        ? `a claim it makes is carried by ${independentSources} independent sources`
        : 'no claim it makes is carried by another independent source',
  };
}

function recencyFactor(ageHours: number): WeightFactor {
  const value = roundWeight(Math.max(RECENCY_FLOOR, 0.5 ** (ageHours / RECENCY_HALF_LIFE_HOURS)));
  return { name: 'recency', value, note: `${Math.round(ageHours * 10) / 10} h before the story's newest record` };
}
