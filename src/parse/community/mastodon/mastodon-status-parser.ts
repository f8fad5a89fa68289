/**
 * @module parse/community/mastodon/mastodon-status-parser
 * Reads one Mastodon Status entity (`/api/v1/statuses/<id>`).
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import type { JsonObject } from '../shared/json-value.js';
import { looksLikeStatus } from './mastodon-status-record.js';
import { readMastodonStatuses, unrootedWarnings } from './read-mastodon-statuses.js';

const FORMAT = 'mastodon-status';

/**
 * The single-status reader (format `mastodon-status`): one record, the boosted status for a reblog.
 * A reply's parent and thread are named by `statusReference` (the payload holds only the parent's
 * local id). Title is the instance host.
 */
export const mastodonStatusParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    return looksLikeStatus(payload.json);
  },
  parse(payload: DecodedPayload): ParseResult {
    const { records, unrooted } = readMastodonStatuses(
      [{ status: payload.json as JsonObject, where: 'the payload' }],
      FORMAT,
      payload.url,
    );
    return { format: FORMAT, title: records[0]?.venue ?? null, records, warnings: unrootedWarnings(unrooted) };
  },
};
