/**
 * @module parse/community/discourse/discourse-posts-parser
 * Reads `/t/<id>/posts.json?post_ids[]=…`: one chunk of a topic's post stream, fetched after `/t/<id>.json`.
 */
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParsedTombstone, ParseResult, PayloadParser } from '../../payload-parser.js';
import { communityRecord } from '../shared/community-record.js';
import { hostNameOf, hostOf, originOf } from '../shared/host-of.js';
import { isJsonObject, numberOf, objectOf, stringOf } from '../shared/json-value.js';
import { malformed } from '../shared/malformed.js';
import { isoFromDateString } from '../shared/to-iso-date.js';
import { likesOf, ownWords } from './discourse-post-parts.js';

const FORMAT = 'discourse-posts';

/**
 * The post-chunk reader (format `discourse-posts`): a `post_stream` without the topic's own fields
 * (`fancy_title`, `posts_count`). Ids match the topic reader's (`<host>/t/<topic>/<number>`), so
 * chunks and the topic payload build one tree: each post's parent is the post its
 * `reply_to_post_number` names, else post 1. Deleted posts are listed in `deleted`.
 */
export const discoursePostsParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    const json = objectOf(payload.json);
    return (
      json !== null &&
      isJsonObject(json.post_stream) &&
      !('fancy_title' in json) &&
      !('posts_count' in json) &&
      Array.isArray(objectOf(json.post_stream)?.posts)
    );
  },
  parse(payload: DecodedPayload): ParseResult {
    const posts = objectOf(objectOf(payload.json)!.post_stream)!.posts as unknown[];
    const site = hostNameOf(payload.url);
    const origin = originOf(payload.url);
    const records: ParsedRecord[] = [];
    const deleted: ParsedTombstone[] = [];
    let hidden = 0;
    for (const [index, entry] of posts.entries()) {
      const post = objectOf(entry);
      const number = numberOf(post?.post_number);
      const topicId = stringOf(post?.topic_id) ?? stringOf(objectOf(payload.json)!.id);
      if (!post || number === undefined || !topicId)
        throw malformed(FORMAT, `posts[${index}] has no "post_number" or "topic_id"`);
      const idOf = (postNumber: number): string =>
        site ? `${site}/t/${topicId}/${postNumber}` : `${topicId}/${postNumber}`;
      if (post.deleted_at || post.user_deleted === true) {
        deleted.push({ platform: 'discourse', externalId: idOf(number) });
        continue;
      }
      if (post.hidden === true) {
        hidden += 1;
        continue;
      }
      const isRoot = number === 1;
      const replyTo = numberOf(post.reply_to_post_number);
      records.push(
        communityRecord({
          externalId: idOf(number),
          platform: 'discourse',
          url: origin ? `${origin}/t/${stringOf(post.topic_slug) ?? 'topic'}/${topicId}/${number}` : null,
          title: null,
          author: stringOf(post.username),
          publishedAt: isoFromDateString(post.created_at),
          text: ownWords(stringOf(post.cooked) ?? ''),
          threadExternalId: isRoot ? null : idOf(1),
          parentExternalId: isRoot ? null : idOf(replyTo ?? 1),
          engagement: { likes: likesOf(post), replies: numberOf(post.reply_count), score: numberOf(post.score) },
          venue: hostOf(payload.url),
        }),
      );
    }
    const warnings = hidden > 0 ? [`skipped ${hidden} hidden posts`] : [];
    return { format: FORMAT, title: null, records, warnings, deleted };
  },
};
