/**
 * @module parse/community/reddit/reddit-listing-parser
 * Reads a flat Reddit Listing (subreddit, user, search, `/r/all/comments`) of submissions and comments.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { isRedditListing, listingChildren } from './reddit-listing-shape.js';
import { isGoneText, redditThingRecord } from './reddit-thing-record.js';

const FORMAT = 'reddit-listing';

/**
 * The Reddit Listing reader (format `reddit-listing`): one record per `t3` (a root) and `t1` (a
 * comment whose thread is its `link_id` and parent its `parent_id`, which may not be in the
 * payload). Other kinds (`more`, `t5` subreddits, `t2` accounts) and comments whose body is
 * `[deleted]`/`[removed]` are skipped and counted in warnings. The title is the subreddit when
 * every record shares one venue.
 */
export const redditListingParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    return isRedditListing(payload.json);
  },
  parse(payload: DecodedPayload): ParseResult {
    const warnings: string[] = [];
    const records: ParsedRecord[] = [];
    const skippedKinds = new Map<string, number>();
    let gone = 0;
    for (const thing of listingChildren(payload.json, FORMAT, 'the Listing', warnings)) {
      if (thing.kind !== 't1' && thing.kind !== 't3') {
        skippedKinds.set(thing.kind, (skippedKinds.get(thing.kind) ?? 0) + 1);
        continue;
      }
      if (thing.kind === 't1' && isGoneText(thing.data.body)) {
        gone += 1;
        continue;
      }
      const record = redditThingRecord(thing.kind, thing.data);
      if (record) records.push(record);
      else warnings.push(`skipped a ${thing.kind} with neither "name" nor "id"`);
    }
    for (const [kind, count] of skippedKinds) warnings.push(`skipped ${count} children of kind "${kind}"`);
    if (gone > 0) warnings.push(`skipped ${gone} comments whose body was [deleted] or [removed]`);
    const venues = new Set(records.map((record) => record.venue));
    return { format: FORMAT, title: venues.size === 1 ? [...venues][0]! : null, records, warnings };
  },
};
