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
    canonicalUrl: fields.url ? canonicalCommentUrl(fields.url) : null,
    engagement,
  };
}

/**
 * The canonical form of a post's URL, keeping its fragment: for a comment (`…/article/#comment-4412`)
 * the fragment is what tells it apart from the article and from its siblings.
 */
function canonicalCommentUrl(url: string): string | null {
  const hash = url.indexOf('#');
  const canonical = canonicalizeUrl(url);
  if (canonical === null) return null;
  return hash >= 0 && hash < url.length - 1 && !canonical.includes('#') ? `${canonical}${url.slice(hash)}` : canonical;
}
