import { describe, expect, it } from 'vitest';
import { parsePayload } from '../../parse-payload.js';
import { payloadFromValue } from '../../../test-support/payload-from-file.js';
import { discoursePostsParser } from './discourse-posts-parser.js';

const post = (number: number, extra: Record<string, unknown> = {}) => ({
  id: 1000 + number,
  post_number: number,
  topic_id: 42,
  topic_slug: 'a-topic',
  username: `user${number}`,
  created_at: '2026-11-20T10:00:00.000Z',
  cooked: `<p>Post ${number}</p>`,
  reply_count: 0,
  like_count: 1,
  ...extra,
});

describe('discoursePostsParser', () => {
  const chunk = {
    post_stream: {
      posts: [post(21, { reply_to_post_number: 3 }), post(22), post(23, { deleted_at: '2026-11-21T00:00:00.000Z' })],
    },
    id: 42,
  };

  it('is chosen for a post-stream chunk, with ids and parents matching the topic reader', () => {
    const result = parsePayload({
      bytes: new TextEncoder().encode(JSON.stringify(chunk)),
      contentType: 'application/json',
      url: 'https://forum.example/t/42/posts.json?post_ids[]=1021',
    });
    expect(result.format).toBe('discourse-posts');
    expect(
      result.records.map((record) => [
        record.externalId,
        record.parentExternalId,
        record.threadExternalId,
        record.url,
        record.text,
      ]),
    ).toEqual([
      [
        'forum.example/t/42/21',
        'forum.example/t/42/3',
        'forum.example/t/42/1',
        'https://forum.example/t/a-topic/42/21',
        'Post 21',
      ],
      [
        'forum.example/t/42/22',
        'forum.example/t/42/1',
        'forum.example/t/42/1',
        'https://forum.example/t/a-topic/42/22',
        'Post 22',
      ],
    ]);
    expect(result.deleted).toEqual([{ platform: 'discourse', externalId: 'forum.example/t/42/23' }]);
  });

  it('does not claim a whole topic, which the topic reader reads', () => {
    expect(discoursePostsParser.detect(payloadFromValue({ ...chunk, fancy_title: 'A topic', posts_count: 3 }))).toBe(
      false,
    );
  });
});
