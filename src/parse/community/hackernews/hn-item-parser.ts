/**
 * @module parse/community/hackernews/hn-item-parser
 * Reads Hacker News Firebase items (`/v0/item/<id>.json`): one item, or an array of items fetched together.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { isJsonObject, numberOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isoFromUnixSeconds } from '../shared/to-iso-date.js';
import { HN_ITEM_TYPES, HN_VENUE, hnRecord } from './hn-record.js';

const FORMAT = 'hn-item';

/**
 * True for what looks like a Firebase item: a known `type` (a user has none) and none of Algolia's
 * fields (`created_at_i`, `children`). The id is checked by `parse`, so a broken item is reported.
 */
function isFirebaseItem(value: unknown): value is JsonObject {
  return (
    isJsonObject(value) &&
    typeof value.type === 'string' &&
    HN_ITEM_TYPES.has(value.type) &&
    !('created_at_i' in value) &&
    !('children' in value) &&
    ('time' in value || 'by' in value || 'id' in value)
  );
}

/**
 * The Firebase item reader (format `hn-item`). Stories, Ask HN, jobs and polls are roots (score →
 * score, `descendants` → replies); a comment's parent is `parent`, a poll option's is `poll`.
 * Firebase does not name a comment's story, so a reply's thread is the top-most ancestor reachable
 * through `parent` links among the items in the payload (its own parent when alone), with a warning
 * when that ancestor is not itself a root in the payload. Deleted and dead items are skipped.
 */
export const hnItemParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = payload.json;
    if (Array.isArray(json)) return json.length > 0 && json.every(isFirebaseItem);
    return isFirebaseItem(json);
  },
  parse(payload: DecodedPayload): ParseResult {
    const items = (Array.isArray(payload.json) ? payload.json : [payload.json]) as JsonObject[];
    const warnings: string[] = [];
    const parentOf = new Map<string, string | null>();
    for (const item of items) {
      if (typeof item.id !== 'number')
        throw malformed(FORMAT, `an item of type "${String(item.type)}" has no numeric "id"`);
      parentOf.set(String(item.id), stringOf(item.parent) ?? stringOf(item.poll));
    }
    const records: ParsedRecord[] = [];
    let unrooted = 0;
    for (const item of items) {
      const id = String(item.id);
      if (item.deleted === true || item.dead === true) {
        warnings.push(`skipped ${item.deleted === true ? 'deleted' : 'dead'} item ${id}`);
        continue;
      }
      const parentId = parentOf.get(id) ?? null;
      const threadId = parentId ? topAncestor(parentId, parentOf) : null;
      if (threadId && parentOf.get(threadId) !== null) unrooted += 1;
      records.push(
        hnRecord({
          id,
          title: stringOf(item.title),
          author: stringOf(item.by),
          publishedAt: isoFromUnixSeconds(item.time),
          html: stringOf(item.text),
          threadId,
          parentId,
          score: numberOf(item.score),
          replies: numberOf(item.descendants),
        }),
      );
    }
    if (unrooted > 0) {
      warnings.push(
        `${unrooted} replies' stories are not in the payload; their thread is the top-most ancestor it holds (or their parent)`,
      );
    }
    return { format: FORMAT, title: HN_VENUE, records, warnings };
  },
};

/** The highest ancestor reachable from `id` through parents known in the payload. */
function topAncestor(id: string, parentOf: Map<string, string | null>): string {
  let current = id;
  const seen = new Set<string>();
  for (let next = parentOf.get(current); next && !seen.has(next); next = parentOf.get(current)) {
    seen.add(current);
    current = next;
  }
  return current;
}
