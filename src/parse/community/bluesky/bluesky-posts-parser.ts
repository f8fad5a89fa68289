/**
 * @module parse/community/bluesky/bluesky-posts-parser
 * Reads flat Bluesky post lists: `searchPosts`/`getPosts` (`posts`) and author, timeline and custom feeds (`feed`).
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { arrayOf, objectOf } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { BLUESKY_VENUE, blueskyPostRecord, isPostView } from './bluesky-post-record.js';

const FORMAT = 'bluesky-posts';

/**
 * The post-list reader (format `bluesky-posts`): one record per distinct post, from `posts:
 * PostView[]` or `feed: FeedViewPost[]` (`{post, reply?, reason?}`). A repost (`reason` of type
 * `reasonRepost`) yields the original post once. Claims a response whose first entry is a PostView
 * (or holds one); throws ParseError `malformed` naming the entry that is not.
 */
export const blueskyPostsParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = objectOf(payload.json);
    if (!json) return false;
    if (Array.isArray(json.posts)) return isPostView(json.posts[0]);
    if (Array.isArray(json.feed)) return isPostView(objectOf(json.feed[0])?.post);
    return false;
  },
  parse(payload: DecodedPayload): ParseResult {
    const json = objectOf(payload.json)!;
    const isFeed = !Array.isArray(json.posts);
    const entries = arrayOf(isFeed ? json.feed : json.posts);
    const records: ParsedRecord[] = [];
    const seen = new Set<string>();
    let reposts = 0;
    entries.forEach((entry, index) => {
      const post = isFeed ? objectOf(entry)?.post : entry;
      if (!isPostView(post))
        throw malformed(FORMAT, `${isFeed ? 'feed' : 'posts'}[${index}] has no PostView (at:// uri, author, record)`);
      if (isFeed && objectOf(objectOf(entry)?.reason)) reposts += 1;
      if (seen.has(post.uri as string)) return;
      seen.add(post.uri as string);
      records.push(blueskyPostRecord(post));
    });
    const warnings = reposts > 0 ? [`${reposts} entries were reposts; each original post is read once`] : [];
    return { format: FORMAT, title: BLUESKY_VENUE, records, warnings };
  },
};
