import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { blueskyPostsParser } from './bluesky-posts-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

describe('blueskyPostsParser', () => {
  it('reads searchPosts hits, roots and replies alike', () => {
    const result = blueskyPostsParser.parse(payloadFromFile(path.join(FIXTURES, 'search-posts.json')));
    expect(result.records.map((record) => [record.threadExternalId === null, record.author])).toEqual([
      [true, 'tidewatcher.bsky.social'],
      [false, 'salty.example.com'],
    ]);
    expect(result.records[1]!.parentExternalId).toBe(result.records[0]!.externalId);
  });

  it('reads an author feed once per post, counting the repost in a warning', () => {
    const result = blueskyPostsParser.parse(payloadFromFile(path.join(FIXTURES, 'get-author-feed.json')));
    expect(result.records).toHaveLength(2);
    expect(result.warnings).toEqual(['1 entries were reposts; each original post is read once']);
    expect(result.records[1]!.engagement).toEqual({ likes: 40, reposts: 12, replies: 2 });
  });

  it('refuses an empty list, which names no platform', () => {
    expect(blueskyPostsParser.detect(payloadFromValue({ posts: [] }))).toBe(false);
  });

  it('throws malformed naming the feed entry that has no post', () => {
    const feed = payloadFromFile(path.join(FIXTURES, 'get-author-feed.json')).json as { feed: unknown[] };
    const payload = payloadFromValue({ feed: [feed.feed[0], { reason: {} }] });
    expect(blueskyPostsParser.detect(payload)).toBe(true);
    expect(() => blueskyPostsParser.parse(payload)).toThrow(/bluesky-posts: feed\[1\] has no PostView/);
  });
});
