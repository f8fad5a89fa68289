/**
 * @module parse/community/hackernews/hn-algolia-item-parser
 * Reads the Algolia HN API's `items/<id>` response: an item with its whole reply tree in `children`.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { arrayOf, isJsonObject, numberOf, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isoFromDateString, isoFromUnixSeconds } from '../shared/to-iso-date.js';
import { HN_ITEM_TYPES, HN_VENUE, hnRecord } from './hn-record.js';

const FORMAT = 'hn-algolia-item';

/**
 * The Algolia item-tree reader (format `hn-algolia-item`). The top item is the root when it is a
 * story, job or poll; when it is a comment its thread is `story_id` and its parent `parent_id`.
 * Each child replies to the item it is nested in. A deleted child (no author and no text) gives no
 * record; its children hang from its nearest kept ancestor, and a warning counts them. A deleted
 * top item gives no record either, but its replies still name it as parent and thread.
 */
export const hnAlgoliaItemParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = payload.json;
    return (
      isJsonObject(json) &&
      typeof json.created_at_i === 'number' &&
      Array.isArray(json.children) &&
      typeof json.type === 'string' &&
      HN_ITEM_TYPES.has(json.type)
    );
  },
  parse(payload: DecodedPayload): ParseResult {
    const top = payload.json as JsonObject;
    if (typeof top.id !== 'number') throw malformed(FORMAT, 'the top item has no numeric "id"');
    const isRootType = top.type !== 'comment' && top.type !== 'pollopt';
    const threadId = isRootType ? null : (stringOf(top.story_id) ?? stringOf(top.parent_id));
    const place = { threadId, parentId: isRootType ? null : stringOf(top.parent_id) };
    const records: ParsedRecord[] = [];
    const tally: GoneTally = { gone: 0, goneIds: [] };
    walk(top, place, records, tally);
    return {
      format: FORMAT,
      title: HN_VENUE,
      records,
      warnings: tally.gone > 0 ? [goneWarning(tally.gone)] : [],
      deleted: tally.goneIds.map((externalId) => ({ platform: 'hackernews' as const, externalId })),
    };
  },
};

/** Deleted items: how many, and the ids of those that still carry one. */
interface GoneTally {
  gone: number;
  goneIds: string[];
}

function goneWarning(gone: number): string {
  return `skipped ${gone} deleted items (no author, no text); their replies hang from the nearest kept ancestor`;
}

function walk(
  item: JsonObject,
  place: { threadId: string | null; parentId: string | null },
  records: ParsedRecord[],
  tally: GoneTally,
): void {
  const id = stringOf(item.id);
  const author = stringOf(item.author);
  const html = stringOf(item.text);
  const isGone = !id || (author === null && html === null && stringOf(item.title) === null);
  if (isGone) {
    tally.gone += 1;
    if (id) tally.goneIds.push(id);
  } else {
    records.push(
      hnRecord({
        id,
        title: stringOf(item.title),
        author,
        publishedAt: isoFromUnixSeconds(item.created_at_i) ?? isoFromDateString(item.created_at),
        html,
        threadId: place.threadId,
        parentId: place.parentId,
        score: numberOf(item.points),
        replies: undefined,
      }),
    );
  }
  // A deleted reply's children move up to its parent; a deleted top item still names the thread.
  const childPlace =
    isGone && (place.parentId !== null || !id) ? place : { threadId: place.threadId ?? id!, parentId: id! };
  for (const child of arrayOf(item.children)) {
    const childItem = objectOf(child);
    if (childItem) walk(childItem, childPlace, records, tally);
  }
}
