/**
 * @module parse/community/hackernews/hn-algolia-search-parser
 * Reads the Algolia HN search API (`/api/v1/search?…`): a page of story and comment hits.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { arrayOf, isJsonObject, numberOf, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isoFromDateString, isoFromUnixSeconds } from '../shared/to-iso-date.js';
import { HN_ITEM_TYPES, HN_VENUE, hnRecord } from './hn-record.js';

const FORMAT = 'hn-algolia-search';

/** True for an Algolia hit whose `_tags` name an HN item type (`story`, `comment`, …). */
function hasHnTags(value: unknown): boolean {
  const tags = isJsonObject(value) ? value._tags : undefined;
  return Array.isArray(tags) && tags.some((tag) => HN_ITEM_TYPES.has(tag as string));
}

/**
 * The Algolia search reader (format `hn-algolia-search`): one record per hit. A story hit is a root
 * (points → score, `num_comments` → replies); a comment hit's thread is `story_id` and its parent
 * `parent_id`, neither of which need be in the payload. Claims a response whose `hits` carry HN
 * `_tags`, or any search page fetched from hn.algolia.com. Throws ParseError `malformed` when hits
 * exist but none has an `objectID` and HN `_tags`.
 */
export const hnAlgoliaSearchParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = objectOf(payload.json);
    if (!json || !Array.isArray(json.hits) || !('nbHits' in json || 'hitsPerPage' in json)) return false;
    return json.hits.some(hasHnTags) || /^https?:\/\/hn\.algolia\.com\//.test(payload.url ?? '');
  },
  parse(payload: DecodedPayload): ParseResult {
    const json = payload.json as JsonObject;
    const warnings: string[] = [];
    const records: ParsedRecord[] = [];
    for (const hit of arrayOf(json.hits)) {
      const record = objectOf(hit) ? readHit(hit as JsonObject) : null;
      if (record) records.push(record);
      else warnings.push(`skipped a hit that is not an HN item: ${JSON.stringify(hit).slice(0, 80)}`);
    }
    if (records.length === 0 && arrayOf(json.hits).length > 0) {
      throw malformed(FORMAT, 'no hit has both an "objectID" and "_tags" naming an HN item type');
    }
    return { format: FORMAT, title: HN_VENUE, records, warnings };
  },
};

function readHit(hit: JsonObject): ParsedRecord | null {
  const id = stringOf(hit.objectID);
  if (!id || !hasHnTags(hit)) return null;
  const tags = arrayOf(hit._tags);
  const isReply = tags.includes('comment') || tags.includes('pollopt');
  return hnRecord({
    id,
    title: isReply ? null : stringOf(hit.title),
    author: stringOf(hit.author),
    publishedAt: isoFromUnixSeconds(hit.created_at_i) ?? isoFromDateString(hit.created_at),
    html: stringOf(isReply ? hit.comment_text : hit.story_text) ?? stringOf(hit.text),
    threadId: isReply ? (stringOf(hit.story_id) ?? stringOf(hit.parent_id)) : null,
    parentId: isReply ? (stringOf(hit.parent_id) ?? stringOf(hit.story_id)) : null,
    score: numberOf(hit.points),
    replies: isReply ? undefined : numberOf(hit.num_comments),
  });
}
