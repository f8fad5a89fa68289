/**
 * @module parse/community/mastodon/mastodon-context-parser
 * Reads `/api/v1/statuses/<id>/context`: the ancestors and descendants of one status (not the status itself).
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { arrayOf, objectOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { looksLikeStatus } from './mastodon-status-record.js';
import { readMastodonStatuses, unrootedWarnings } from './read-mastodon-statuses.js';

const FORMAT = 'mastodon-context';

/**
 * The context reader (format `mastodon-context`): one record per ancestor, then per descendant.
 * The first ancestor (which replies to nothing) is the thread root. When there are no ancestors,
 * the status whose context this is was the root; it is not in the payload, so its replies name it
 * by `statusReference` (its `/api/v1/statuses/<id>` address on the instance the payload came from).
 */
export const mastodonContextParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = objectOf(payload.json);
    return json !== null && Array.isArray(json.ancestors) && Array.isArray(json.descendants);
  },
  parse(payload: DecodedPayload): ParseResult {
    const json = payload.json as JsonObject;
    const statuses = (['ancestors', 'descendants'] as const).flatMap((key) =>
      arrayOf(json[key]).map((status, index) => {
        if (!looksLikeStatus(status))
          throw malformed(FORMAT, `${key}[${index}] is not a Status (needs account, content, created_at, uri)`);
        return { status, where: `${key}[${index}]` };
      }),
    );
    const { records, unrooted } = readMastodonStatuses(statuses, FORMAT, payload.url);
    return { format: FORMAT, title: records[0]?.venue ?? null, records, warnings: unrootedWarnings(unrooted) };
  },
};
