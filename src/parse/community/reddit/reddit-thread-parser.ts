/**
 * @module parse/community/reddit/reddit-thread-parser
 * Reads `/comments/<id>.json`: a [submission Listing, comment Listing] pair with nested replies.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { malformed } from '../shared/malformed.js';
import { numberOf, objectOf, stringOf } from '../shared/json-value.js';
import { isRedditListing, listingChildren, type RedditThing } from './reddit-listing-shape.js';
import { isGoneText, redditThingRecord } from './reddit-thing-record.js';

const FORMAT = 'reddit-thread';

/** What a walk over the comment tree counts besides records. */
interface WalkTally {
  moreStubs: number;
  moreComments: number;
  gone: number;
  /** External ids of the comments shown as [deleted] or [removed]. */
  goneIds: string[];
}

/**
 * The Reddit thread reader (format `reddit-thread`): one record for the submission (the root) and
 * one per `t1` comment, parents following the nesting. `more` stubs are skipped and counted in a
 * warning. A comment whose body is `[deleted]` or `[removed]` yields no record; its replies are
 * attached to its nearest kept ancestor, and a warning says how many were dropped; their ids (and the
 * submission's, when its selftext is gone) are listed in `deleted`.
 */
export const redditThreadParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = payload.json;
    return Array.isArray(json) && json.length === 2 && isRedditListing(json[0]) && isRedditListing(json[1]);
  },
  parse(payload: DecodedPayload): ParseResult {
    const [submissionListing, commentListing] = payload.json as unknown[];
    const warnings: string[] = [];
    const submission = listingChildren(submissionListing, FORMAT, 'the submission Listing', warnings).find(
      (thing) => thing.kind === 't3',
    );
    if (!submission) throw malformed(FORMAT, 'the submission Listing holds no t3 submission');
    const root = redditThingRecord('t3', submission.data, { threadExternalId: null, parentExternalId: null });
    if (!root) throw malformed(FORMAT, 'the t3 submission has neither "name" nor "id"');
    const records: ParsedRecord[] = [root];
    const tally: WalkTally = {
      moreStubs: 0,
      moreComments: 0,
      gone: 0,
      goneIds: isGoneText(submission.data.selftext) ? [root.externalId] : [],
    };
    const comments = listingChildren(commentListing, FORMAT, 'the comment Listing', warnings);
    walkComments(comments, root.externalId, root.externalId, records, tally, warnings, true);
    if (tally.moreStubs > 0) {
      warnings.push(
        `skipped ${tally.moreStubs} "more" stubs standing for ${tally.moreComments} comments not in this payload`,
      );
    }
    if (tally.gone > 0) {
      warnings.push(
        `skipped ${tally.gone} comments whose body was [deleted] or [removed]; their replies now hang from the nearest kept ancestor`,
      );
    }
    return {
      format: FORMAT,
      title: root.venue,
      records,
      warnings,
      deleted: tally.goneIds.map((externalId) => ({ platform: 'reddit' as const, externalId })),
    };
  },
};

function walkComments(
  things: RedditThing[],
  threadId: string,
  parentId: string,
  records: ParsedRecord[],
  tally: WalkTally,
  warnings: string[],
  topLevel = false,
): void {
  for (const thing of things) {
    if (thing.kind === 'more') {
      tally.moreStubs += 1;
      tally.moreComments += numberOf(thing.data.count) ?? 0;
      continue;
    }
    if (thing.kind !== 't1') continue;
    const gone = isGoneText(thing.data.body);
    // A permalink subtree ("continue this thread") starts below the submission: its top comment names its own parent.
    const ownParent = stringOf(thing.data.parent_id);
    const parent = topLevel && ownParent?.startsWith('t1_') ? ownParent : parentId;
    const record = gone
      ? null
      : redditThingRecord('t1', thing.data, { threadExternalId: threadId, parentExternalId: parent });
    if (gone) {
      tally.gone += 1;
      const goneId = stringOf(thing.data.name) ?? (stringOf(thing.data.id) ? `t1_${stringOf(thing.data.id)}` : null);
      if (goneId) tally.goneIds.push(goneId);
    } else if (record) records.push(record);
    else warnings.push('skipped a t1 comment with neither "name" nor "id"');
    const replies = objectOf(thing.data.replies);
    // `replies` is "" when a comment has none, else a nested Listing.
    if (replies) {
      const where = `the replies of ${stringOf(thing.data.name) ?? 'a comment'}`;
      walkComments(
        listingChildren(replies, FORMAT, where, warnings),
        threadId,
        record?.externalId ?? parent,
        records,
        tally,
        warnings,
      );
    }
  }
}
