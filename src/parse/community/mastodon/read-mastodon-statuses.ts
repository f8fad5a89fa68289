/**
 * @module parse/community/mastodon/read-mastodon-statuses
 * Turns a set of Statuses into records, resolving `in_reply_to_id` chains into thread and parent ids.
 */
import type { ParsedRecord } from '../../../model/index.js';
import { originOf } from '../shared/host-of.js';
import { stringOf, type JsonObject } from '../shared/json-value.js';
import { mastodonStatusRecord, originalStatus } from './mastodon-status-record.js';

/**
 * How we name a status that the payload only mentions by its instance-local id (an
 * `in_reply_to_id` whose status is absent): the REST address of that status on the instance that
 * served the payload, `https://<instance>/api/v1/statuses/<id>` (any path before `/api/v1/` kept,
 * as on a proxy or the demo's loopback site), or `mastodon-status:<id>` when the payload URL is
 * unknown. The status's own `uri` cannot be derived from the id, so every status record carries
 * this address as an alias: the store maps it to the record, and a reply fetched later finds it.
 */
export function statusReference(id: string, payloadUrl: string | null): string {
  const base = apiBaseOf(payloadUrl);
  return base ? `${base}/api/v1/statuses/${id}` : `mastodon-status:${id}`;
}

/** The instance's API base: the payload URL up to `/api/v1/`, else its origin; null for no http(s) URL. */
function apiBaseOf(payloadUrl: string | null): string | null {
  const origin = originOf(payloadUrl);
  if (!origin || !payloadUrl) return null;
  const path = new URL(payloadUrl).pathname;
  const at = path.indexOf('/api/v1/');
  return at > 0 ? `${origin}${path.slice(0, at)}` : origin;
}

/** Records plus the number of replies whose thread root lies outside the payload. */
export interface MastodonReadResult {
  records: ParsedRecord[];
  unrooted: number;
}

/**
 * One record per distinct status in `statuses` (reblogs unwrapped), in order, each with its
 * `statusReference` as an alias when the payload URL is known. A status's parent is
 * the `uri` of its `in_reply_to_id` when that status is in the payload, else `statusReference`.
 * Its thread is the top of its `in_reply_to_id` chain: the `uri` of the top-most status in the
 * payload when that status replies to nothing, else the reference of the id that top-most status
 * replies to. Throws ParseError `malformed` (via `originalStatus`) for a Status without id or uri.
 */
export function readMastodonStatuses(
  statuses: { status: JsonObject; where: string }[],
  format: string,
  payloadUrl: string | null,
): MastodonReadResult {
  const originals = statuses.map(({ status, where }) => originalStatus(status, format, where));
  const byId = new Map(originals.map((status) => [status.id as string, status]));
  const records: ParsedRecord[] = [];
  const seen = new Set<string>();
  let unrooted = 0;
  for (const status of originals) {
    if (seen.has(status.uri as string)) continue;
    seen.add(status.uri as string);
    const parentId = stringOf(status.in_reply_to_id);
    const parent = parentId ? byId.get(parentId) : undefined;
    const place = { threadExternalId: null as string | null, parentExternalId: null as string | null };
    if (parentId) {
      place.parentExternalId = parent ? (parent.uri as string) : statusReference(parentId, payloadUrl);
      const top = topOfChain(status, byId);
      const topParentId = stringOf(top.in_reply_to_id);
      place.threadExternalId = topParentId ? statusReference(topParentId, payloadUrl) : (top.uri as string);
      if (topParentId) unrooted += 1;
    }
    const record = mastodonStatusRecord(status, place);
    if (apiBaseOf(payloadUrl)) record.aliases = [statusReference(status.id as string, payloadUrl)];
    records.push(record);
  }
  return { records, unrooted };
}

/** The highest status reachable from `status` through `in_reply_to_id` links inside the payload. */
function topOfChain(status: JsonObject, byId: Map<string, JsonObject>): JsonObject {
  let current = status;
  const seen = new Set<JsonObject>([status]);
  for (
    let next = byId.get(stringOf(current.in_reply_to_id) ?? '');
    next && !seen.has(next);
    next = byId.get(stringOf(current.in_reply_to_id) ?? '')
  ) {
    seen.add(next);
    current = next;
  }
  return current;
}

/** The warning for replies whose thread root is outside the payload, or none. */
export function unrootedWarnings(unrooted: number): string[] {
  return unrooted > 0
    ? [
        `${unrooted} replies' thread roots are not in the payload; their thread is the status the top-most one replies to, named by its /api/v1/statuses/<id> address`,
      ]
    : [];
}
