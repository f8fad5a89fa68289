/**
 * @module synthesize/classical/attribution
 * Who said it, in words: "a commenter on r/hardware", "Circuit Wire", "the Sound Lab forum".
 */
import type { SourceRecord } from '../../model/index.js';

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
      return `a ${record.parentId ? 'commenter' : 'poster'} on ${venue ?? 'Reddit'}`;
    case 'hackernews':
      return 'a Hacker News commenter';
    case 'bluesky':
      return 'a Bluesky user';
    case 'mastodon':
      return venue ? `a Mastodon user on ${venue}` : 'a Mastodon user';
    case 'discourse':
      return venue ? `a member of the ${bareName(venue, /\s*discourse$/i)} Discourse` : 'a member of a Discourse forum';
    case 'forum':
      return venue ? `a poster on the ${bareName(venue, /\s*forums?$/i)} forum` : 'a forum poster';
    case 'comments':
      return venue ? `a reader commenting on ${venue}` : 'a reader in the comments';
    // A feed or page kept as community (the source said so).
    case 'feed':
    case 'web':
      return venue ? `a contributor to ${venue}` : 'a community contributor';
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
      return 'Bluesky users';
    case 'mastodon':
      return 'Mastodon users';
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
