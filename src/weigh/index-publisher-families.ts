/**
 * @module weigh/index-publisher-families
 * Looks up which publisher family a record's outlet belongs to, so that weighing counts a family's
 * outlets as one independent voice, the way a syndicated copy counts once with its original.
 */
import type { PublisherFamily, SourceRecord } from '../model/index.js';

/** The table when none is configured: every venue stands on its own. */
export const NO_PUBLISHER_FAMILIES: readonly PublisherFamily[] = [];

export interface PublisherFamilyIndex {
  /**
   * The family of the record's venue (by name, case-insensitively), else of its URL's or canonical
   * URL's host (the listed host or a subdomain of it, a leading `www.` ignored); null when none.
   */
  familyOf(record: SourceRecord): PublisherFamily | null;
  /**
   * What counts as one independent voice: the family's name when the record is in one, else its
   * venue (else platform). Family keys are prefixed so a venue named like a family never merges with it.
   */
  independenceKeyOf(record: SourceRecord): string;
}

/** Indexes the table once; lookups are by venue name and hostname, each remembered after the first. */
export function indexPublisherFamilies(families: readonly PublisherFamily[]): PublisherFamilyIndex {
  const byVenue = new Map<string, PublisherFamily>();
  const byHost = new Map<string, PublisherFamily>();
  for (const family of families) {
    for (const venue of family.venues) byVenue.set(venue.trim().toLocaleLowerCase('en-US'), family);
    for (const host of family.hosts) byHost.set(bareHost(host), family);
  }
  const hostCache = new Map<string, PublisherFamily | null>();
  const familyOfHost = (hostname: string): PublisherFamily | null => {
    const cached = hostCache.get(hostname);
    if (cached !== undefined) return cached;
    let found: PublisherFamily | null = null;
    // The host itself, then each parent domain: news.harbor.example, harbor.example, example.
    for (let name = hostname; name.length > 0 && !found; name = name.slice(name.indexOf('.') + 1 || name.length)) {
      found = byHost.get(name) ?? null;
    }
    hostCache.set(hostname, found);
    return found;
  };
  const familyOf = (record: SourceRecord): PublisherFamily | null => {
    if (families.length === 0) return null;
    const byName = record.venue ? byVenue.get(record.venue.trim().toLocaleLowerCase('en-US')) : undefined;
    if (byName) return byName;
    if (byHost.size === 0) return null;
    for (const url of [record.url, record.canonicalUrl]) {
      const hostname = url ? hostnameOf(url) : null;
      const family = hostname ? familyOfHost(hostname) : null;
      if (family) return family;
    }
    return null;
  };
  return {
    familyOf,
    independenceKeyOf: (record) => {
      const family = familyOf(record);
      return family ? `family:${family.name}` : (record.venue ?? record.platform);
    },
  };
}

/**
 * The note a factor carries when outlets of one family were counted as one:
 * "counted with The X Times: same publisher family 'X Media'".
 */
export function sameFamilyNote(siblings: readonly string[], family: PublisherFamily): string {
  return `counted with ${siblings.join(', ')}: same publisher family '${family.name}'`;
}

function hostnameOf(url: string): string | null {
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

function bareHost(host: string): string {
  return host
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
