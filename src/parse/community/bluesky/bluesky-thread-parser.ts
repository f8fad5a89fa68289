/**
 * @module parse/community/bluesky/bluesky-thread-parser
 * Reads `app.bsky.feed.getPostThread`: a post with its chain of parents and its tree of replies.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { arrayOf, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { BLUESKY_VENUE, blueskyPostRecord, isPostView } from './bluesky-post-record.js';

const FORMAT = 'bluesky-thread';
const THREAD_VIEW = 'app.bsky.feed.defs#threadViewPost';
/** The `$type` prefix of every node a thread can hold (threadViewPost, notFoundPost, blockedPost). */
const FEED_DEFS = 'app.bsky.feed.defs#';
/** A deleted (or never existing) post in a thread: `{ $type, uri, notFound: true }`. */
const NOT_FOUND_POST = 'app.bsky.feed.defs#notFoundPost';

/**
 * The thread reader (format `bluesky-thread`): one record per `threadViewPost` in the `parent`
 * chain, the anchor post and its nested `replies`, in that order, each once. `notFoundPost` and
 * `blockedPost` nodes are skipped and counted in a warning; posts keep the thread and parent their
 * own `record.reply` names, so a reply under a missing post still points at it.
 */
export const blueskyThreadParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const thread = objectOf(objectOf(payload.json)?.thread);
    if (!thread) return false;
    const type = stringOf(thread.$type);
    return type ? type.startsWith(FEED_DEFS) : isPostView(thread.post);
  },
  parse(payload: DecodedPayload): ParseResult {
    const anchor = objectOf((payload.json as JsonObject).thread)!;
    if (isThreadView(anchor) && !isPostView(anchor.post)) {
      throw malformed(FORMAT, 'the thread\'s threadViewPost has no "post" with an at:// uri, author and record');
    }
    const records: ParsedRecord[] = [];
    const seen = new Set<string>();
    const tally: MissingTally = { missing: 0, notFoundUris: [] };
    const ancestors: JsonObject[] = [];
    for (let node = objectOf(anchor.parent); node; node = objectOf(node.parent)) ancestors.unshift(node);
    for (const node of ancestors) readNode(node, records, seen, tally);
    readNode(anchor, records, seen, tally);
    walkReplies(anchor, records, seen, tally);
    const warnings = tally.missing > 0 ? [`skipped ${tally.missing} not-found or blocked posts`] : [];
    return {
      format: FORMAT,
      title: BLUESKY_VENUE,
      records,
      warnings,
      deleted: tally.notFoundUris.map((externalId) => ({ platform: 'bluesky' as const, externalId })),
    };
  },
};

function isThreadView(node: JsonObject): boolean {
  return node.$type === THREAD_VIEW || (node.$type === undefined && 'post' in node);
}

/** Nodes skipped, and the uris of the not-found ones (a deleted post's tombstone). */
interface MissingTally {
  missing: number;
  notFoundUris: string[];
}

function readNode(node: JsonObject, records: ParsedRecord[], seen: Set<string>, tally: MissingTally): void {
  if (!isThreadView(node) || !isPostView(node.post)) {
    tally.missing += 1;
    const uri = stringOf(node.uri);
    if (stringOf(node.$type) === NOT_FOUND_POST && uri) tally.notFoundUris.push(uri);
    return;
  }
  const uri = node.post.uri as string;
  if (seen.has(uri)) return;
  seen.add(uri);
  records.push(blueskyPostRecord(node.post));
}

function walkReplies(node: JsonObject, records: ParsedRecord[], seen: Set<string>, tally: MissingTally): void {
  for (const reply of arrayOf(node.replies)) {
    const replyNode = objectOf(reply);
    if (!replyNode) continue;
    readNode(replyNode, records, seen, tally);
    walkReplies(replyNode, records, seen, tally);
  }
}
