/**
 * @module parse/community/hackernews/hn-record
 * What every Hacker News reader shares: the venue, permalinks and the record for one item's fields.
 */
import { htmlToText } from '../../../extract/html-to-text.js';
import type { ParsedRecord } from '../../../model/index.js';
import { communityRecord } from '../shared/community-record.js';

/** The venue of every Hacker News record. */
export const HN_VENUE = 'Hacker News';

/** Item types the Firebase API and Algolia give; `pollopt` is an option of a poll. */
export const HN_ITEM_TYPES = new Set(['story', 'comment', 'job', 'poll', 'pollopt']);

/** An item's page on news.ycombinator.com. */
export function hnPermalink(id: string): string {
  return `https://news.ycombinator.com/item?id=${id}`;
}

/** The fields of one HN item, whichever API gave them; `html` is the item's text as HN serves it. */
export interface HnItemFields {
  id: string;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  html: string | null;
  threadId: string | null;
  parentId: string | null;
  score: number | undefined;
  replies: number | undefined;
}

/** The record for an HN item: text from its HTML, permalink from its id, venue Hacker News. */
export function hnRecord(fields: HnItemFields): ParsedRecord {
  return communityRecord({
    externalId: fields.id,
    platform: 'hackernews',
    url: hnPermalink(fields.id),
    title: fields.title,
    author: fields.author,
    publishedAt: fields.publishedAt,
    text: fields.html ? htmlToText(fields.html) : '',
    threadExternalId: fields.threadId,
    parentExternalId: fields.parentId,
    engagement: { score: fields.score, replies: fields.replies },
    venue: HN_VENUE,
  });
}
