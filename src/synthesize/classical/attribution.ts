/**
 * @module synthesize/classical/attribution
 * Who said it, in words: "a commenter on r/hardware", "Circuit Wire", "the Sound Lab forum", in the
 * attribution vocabulary the verifier reads (../attribution-vocabulary.ts).
 */
import type { SourceRecord } from '../../model/index.js';
import { PLATFORM_GROUPS, PLATFORM_ROLES, roleOnVenue } from '../attribution-vocabulary.js';

/** "Sound Lab Forums" → "Sound Lab"; "Loom Discourse" → "Loom". */
function bareName(venue: string, suffix: RegExp): string {
  return venue.replace(suffix, '').trim() || venue;
}

/**
 * How a record's author is named in a sentence, lowercase-initial for community ("a commenter on
 * r/hardware", "a Hacker News commenter"); a press record is named by its outlet, else its author.
 */
export function attributionOf(record: SourceRecord): string {
  if (record.kind === 'press') return record.venue ?? record.author ?? 'a press report';
  const venue = record.venue;
  switch (record.platform) {
    case 'reddit':
      return roleOnVenue(record.parentId ? 'commenter' : 'poster', 'on', venue ?? 'Reddit');
    case 'hackernews':
      return PLATFORM_ROLES.hackernews;
    case 'bluesky':
      return PLATFORM_ROLES.bluesky;
    case 'mastodon':
      return venue ? `${PLATFORM_ROLES.mastodon} on ${venue}` : PLATFORM_ROLES.mastodon;
    case 'discourse':
      return venue
        ? roleOnVenue('member', 'of', `${bareName(venue, /\s*discourse$/i)} Discourse`, { article: true })
        : 'a member of a Discourse forum';
    case 'forum':
      return venue
        ? roleOnVenue('poster', 'on', `${bareName(venue, /\s*forums?$/i)} forum`, { article: true })
        : 'a forum poster';
    case 'comments':
      return venue ? roleOnVenue('reader', 'on', venue, { participle: 'commenting' }) : 'a reader in the comments';
    // A feed or page kept as community (the source said so).
    case 'feed':
    case 'web':
      return venue ? roleOnVenue('contributor', 'to', venue) : 'a community contributor';
    default:
      return record.platform satisfies never;
  }
}

/** The community as a group, for headlines and titles: "r/hardware", "the Sound Lab forum", "Bluesky users". */
export function communityNameOf(record: SourceRecord): string {
  const venue = record.venue;
  switch (record.platform) {
    case 'reddit':
      return venue ?? 'Reddit';
    case 'hackernews':
      return 'Hacker News';
    case 'bluesky':
      return PLATFORM_GROUPS.bluesky;
    case 'mastodon':
      return PLATFORM_GROUPS.mastodon;
    case 'discourse':
      return venue ? `the ${bareName(venue, /\s*discourse$/i)} Discourse` : 'a Discourse forum';
    case 'forum':
      return venue ? `the ${bareName(venue, /\s*forums?$/i)} forum` : 'a forum';
    case 'comments':
      return venue ? `readers of ${venue}` : 'readers';
    case 'feed':
    case 'web':
      return venue ?? record.author ?? 'the press';
    default:
      return record.platform satisfies never;
  }
}

/** Any record's name for a headline or title: the outlet for press, the community otherwise. */
export function sourceNameOf(record: SourceRecord): string {
  return record.kind === 'press' ? (record.venue ?? record.author ?? 'the press') : communityNameOf(record);
}

/** Upper-cases the first letter, except for names that are lowercase by design ("r/hardware"). */
export function capitalise(text: string): string {
  if (/^r\//.test(text) || /^@/.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
