/**
 * @module parse/community/shared/community-record
 * Builds a ParsedRecord for a community post, filling the canonical URL and dropping absent counts.
 */
import { canonicalizeUrl } from '../../../extract/canonicalize-url.js';
import type { Engagement, ParsedRecord } from '../../../model/index.js';

/** The fields a community parser reads; `canonicalUrl` is derived from `url`. */
export type CommunityRecordFields = Omit<ParsedRecord, 'canonicalUrl' | 'engagement' | 'language' | 'title'> & {
  engagement: { [K in keyof Engagement]?: number | undefined };
  language?: string | null;
  title?: string | null;
};

/**
 * A ParsedRecord from `fields`: canonicalUrl is the canonical form of `url` (null when there is
 * none), engagement keeps only the counts the platform gave, title and language default to null.
 */
export function communityRecord(fields: CommunityRecordFields): ParsedRecord {
  const engagement: Engagement = {};
  for (const [name, value] of Object.entries(fields.engagement) as [keyof Engagement, number | undefined][]) {
    if (value !== undefined) engagement[name] = value;
  }
  return {
    ...fields,
    title: fields.title ?? null,
    language: fields.language ?? null,
    canonicalUrl: fields.url ? canonicalizeUrl(fields.url) : null,
    engagement,
  };
}
