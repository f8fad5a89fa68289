/**
 * @module parse/community/mastodon/mastodon-timeline-parser
 * Reads Mastodon timelines (home, public, tag, account statuses): a JSON array of Statuses.
 */
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { malformed } from '../shared/malformed.js';
import { looksLikeStatus } from './mastodon-status-record.js';
import { readMastodonStatuses, unrootedWarnings } from './read-mastodon-statuses.js';

const FORMAT = 'mastodon-timeline';

/**
 * The timeline reader (format `mastodon-timeline`): one record per distinct status, reblogs
 * unwrapped to the boosted status. Replies link to statuses in the same page where they can, else
 * by `statusReference`. Claims a non-empty array whose first entry is a Status; throws ParseError
 * `malformed` naming the first entry that is not.
 */
export const mastodonTimelineParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    return Array.isArray(payload.json) && payload.json.length > 0 && looksLikeStatus(payload.json[0]);
  },
  parse(payload: DecodedPayload): ParseResult {
    const entries = payload.json as unknown[];
    const statuses = entries.map((status, index) => {
      if (!looksLikeStatus(status))
        throw malformed(FORMAT, `entry [${index}] is not a Status (needs account, content, created_at, uri)`);
      return { status, where: `entry [${index}]` };
    });
    const { records, unrooted } = readMastodonStatuses(statuses, FORMAT, payload.url);
    const reblogs = statuses.filter(({ status }) => status.reblog).length;
    const warnings = [
      ...unrootedWarnings(unrooted),
      ...(reblogs > 0 ? [`${reblogs} entries were reblogs; each boosted status is read once`] : []),
    ];
    const venues = new Set(records.map((record) => record.venue));
    return { format: FORMAT, title: venues.size === 1 ? [...venues][0]! : null, records, warnings };
  },
};
