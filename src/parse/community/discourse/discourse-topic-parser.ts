/**
 * @module parse/community/discourse/discourse-topic-parser
 * Reads a Discourse topic (`/t/<id>.json`): the topic's posts, post 1 as the root, replies by post number.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParsedTombstone, ParseResult, PayloadParser } from '../../payload-parser.js';
import { communityRecord } from '../shared/community-record.js';
import { hostNameOf, hostOf, originOf } from '../shared/host-of.js';
import { isJsonObject, numberOf, objectOf, stringOf, type JsonObject } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isoFromDateString } from '../shared/to-iso-date.js';
import { likesOf, ownWords } from './discourse-post-parts.js';

const FORMAT = 'discourse-topic';

/**
 * The Discourse topic reader (format `discourse-topic`). Post 1 is the root (titled with the
 * topic title); every other post's parent is the post its `reply_to_post_number` names when that
 * post is in the payload, else post 1. externalId is `<host name>/t/<topic id>/<post number>` when
 * the payload URL gives the site (no scheme or port, so a site moving to https, or the demo site's
 * changing loopback port, keeps each post's identity), else `<topic id>/<post number>`; url is the post's page. Likes
 * come from `actions_summary` (id 2) or `like_count`, replies from `reply_count`, score from
 * `score`. Quotes and link previews are dropped from the text. Deleted and hidden posts are skipped.
 * The venue is the site's host (the topic JSON does not carry the site title).
 */
export const discourseTopicParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = objectOf(payload.json);
    return json !== null && isJsonObject(json.post_stream) && ('fancy_title' in json || 'posts_count' in json);
  },
  parse(payload: DecodedPayload): ParseResult {
    const topic = payload.json as JsonObject;
    const topicId = stringOf(topic.id);
    if (!topicId) throw malformed(FORMAT, 'the topic has no "id"');
    const posts = objectOf(topic.post_stream)?.posts;
    if (!Array.isArray(posts)) throw malformed(FORMAT, 'the topic has no "post_stream.posts" array');
    const origin = originOf(payload.url);
    const slug = stringOf(topic.slug) ?? 'topic';
    const site = hostNameOf(payload.url);
    const idOf = (postNumber: number): string =>
      site ? `${site}/t/${topicId}/${postNumber}` : `${topicId}/${postNumber}`;
    const numbers = new Set(posts.map((post) => numberOf(objectOf(post)?.post_number)));
    const rootId = idOf(1);
    const warnings: string[] = [];
    if (!numbers.has(1)) warnings.push('post 1 is not in the payload; replies still name it as thread root');
    const records: ParsedRecord[] = [];
    let skipped = 0;
    const deleted: ParsedTombstone[] = [];
    for (const entry of posts) {
      const post = objectOf(entry);
      const number = numberOf(post?.post_number);
      if (!post || number === undefined) throw malformed(FORMAT, 'a post has no "post_number"');
      if (post.deleted_at || post.hidden === true || post.user_deleted === true) {
        skipped += 1;
        // Hidden (flagged) posts may come back; only a deletion is recorded as one.
        if (post.deleted_at || post.user_deleted === true)
          deleted.push({ platform: 'discourse', externalId: idOf(number) });
        continue;
      }
      const replyTo = numberOf(post.reply_to_post_number);
      const isRoot = number === 1;
      records.push(
        communityRecord({
          externalId: idOf(number),
          platform: 'discourse',
          url: origin ? `${origin}/t/${slug}/${topicId}/${number}` : null,
          title: isRoot ? (stringOf(topic.title) ?? stringOf(topic.fancy_title)) : null,
          author: stringOf(post.username),
          publishedAt: isoFromDateString(post.created_at),
          text: ownWords(stringOf(post.cooked) ?? ''),
          threadExternalId: isRoot ? null : rootId,
          parentExternalId: isRoot ? null : replyTo !== undefined && numbers.has(replyTo) ? idOf(replyTo) : rootId,
          engagement: { likes: likesOf(post), replies: numberOf(post.reply_count), score: numberOf(post.score) },
          venue: hostOf(payload.url),
        }),
      );
    }
    if (skipped > 0) warnings.push(`skipped ${skipped} deleted or hidden posts`);
    const title = stringOf(topic.title);
    return { format: FORMAT, title, records, warnings, deleted };
  },
};
