/**
 * @module weigh/group-by-venue
 * A story's records grouped by venue (venue, else platform), with the publisher family each belongs to.
 */
import { pushTo, type Platform, type PublisherFamily, type RecordKind, type SourceRecord } from '../model/index.js';
import type { PublisherFamilyIndex } from './index-publisher-families.js';

/** One venue of a story and its records. */
export interface Venue {
  name: string;
  records: SourceRecord[];
  /** The publisher family of its first record that has one; null when none. */
  family: PublisherFamily | null;
}

/** The story's venues in order of first record, each with its family from `families`. */
export function groupByVenue(records: readonly SourceRecord[], families: PublisherFamilyIndex): Venue[] {
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

/** The story's other venues in the venue's publisher family, by name. */
export function sistersOf(venue: Venue, venues: readonly Venue[]): string[] {
  return venue.family
    ? venues.filter((other) => other.name !== venue.name && other.family === venue.family).map((other) => other.name)
    : [];
}

/** True when every record of `copier` republishes a record of `source`: then they are one voice. */
export function isCopyOnlyOf(
  copier: Venue,
  source: Venue,
  copies: ReadonlyMap<string, string>,
  venueOf: Map<string, string>,
): boolean {
  return copier.records.every((record) => copies.has(record.id) && venueOf.get(copies.get(record.id)!) === source.name);
}

/** The kind most of the records have; press on a tie. */
export function majorityKind(records: SourceRecord[]): RecordKind {
  const press = records.filter((record) => record.kind === 'press').length;
  return press * 2 >= records.length ? 'press' : 'community';
}

/** The platform most of the records come from; the first by name on a tie. */
export function majorityPlatform(records: SourceRecord[]): Platform {
  const counts = new Map<Platform, number>();
  for (const record of records) counts.set(record.platform, (counts.get(record.platform) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
