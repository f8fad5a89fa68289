/**
 * @module publish/web/describe-record
 * Plain-text labels for a record (its title or a stand-in, its venue and author), shared by every page.
 */
import { PLATFORMS, platformName, type Platform, type SourceRecord } from '../../model/index.js';

/** How each platform is named to readers: the names in model/platform.ts. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = Object.fromEntries(
  PLATFORMS.map((platform) => [platform, platformName(platform)]),
) as Record<Platform, string>;

/** Longest stand-in title cut from a record's text, in characters (about one line of a headline). */
const STAND_IN_TITLE_LENGTH = 90;

/**
 * The record's title; for untitled posts and comments a stand-in: its opening words,
 * else "Post by <author>", so every link has readable text.
 */
export function recordTitle(record: SourceRecord): string {
  if (record.title?.trim()) return record.title.trim();
  const opening = record.text.replace(/\s+/g, ' ').trim();
  if (opening) {
    return opening.length <= STAND_IN_TITLE_LENGTH
      ? opening
      : `${opening.slice(0, STAND_IN_TITLE_LENGTH).replace(/\s+\S*$/, '')}…`;
  }
  return `Post by ${record.author ?? 'an unnamed author'}`;
}

/**
 * The heading of a record's own page: its title; for an untitled post or comment a description instead,
 * "Reply by u/someone in r/hardware" or "Post by @someone on Bluesky", since its text follows in full.
 */
export function recordHeading(record: SourceRecord): string {
  if (record.title?.trim()) return record.title.trim();
  const what = record.parentId ? 'Reply' : 'Post';
  const who = record.author ? ` by ${record.author}` : '';
  const where = record.venue ? ` in ${record.venue}` : ` on ${PLATFORM_NAMES[record.platform]}`;
  return `${what}${who}${where}`;
}

/** "r/hardware, u/someone" or "The Daily Circuit, Jane Doe": venue (else platform) and author when known. */
export function recordByline(record: SourceRecord): string {
  const venue = record.venue ?? PLATFORM_NAMES[record.platform];
  return record.author ? `${venue}, ${record.author}` : venue;
}
