import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { blueskyThreadParser } from './bluesky-thread-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const ROOT = 'at://did:plc:aaaa1111bbbb2222cccc3333/app.bsky.feed.post/3kroot00001';
const ANCHOR = 'at://did:plc:aaaa1111bbbb2222cccc3333/app.bsky.feed.post/3kanch00003';

describe('blueskyThreadParser', () => {
  const result = blueskyThreadParser.parse(payloadFromFile(path.join(FIXTURES, 'get-post-thread.json')));
  const byUri = new Map(result.records.map((record) => [record.externalId, record]));

  it('reads the parent chain, the anchor and the nested replies, root first', () => {
    expect(result.records).toHaveLength(5);
    expect(result.records[0]!.externalId).toBe(ROOT);
    expect(result.records[2]!.externalId).toBe(ANCHOR);
    expect(treeProblems(result.records)).toEqual([]);
  });

  it('skips not-found and blocked replies with a warning', () => {
    expect(result.warnings).toEqual(['skipped 2 not-found or blocked posts']);
  });

  it('takes thread and parent from each post’s reply reference', () => {
    const nested = result.records[4]!;
    expect(nested).toMatchObject({
      threadExternalId: ROOT,
      parentExternalId: result.records[3]!.externalId,
      language: 'fr',
    });
    expect(byUri.get(ROOT)).toMatchObject({ threadExternalId: null, parentExternalId: null });
  });

  it('builds the bsky.app permalink from handle and record key, and reads counts and time', () => {
    expect(byUri.get(ANCHOR)).toMatchObject({
      url: 'https://bsky.app/profile/tidewatcher.bsky.social/post/3kanch00003',
      author: 'tidewatcher.bsky.social',
      publishedAt: '2024-05-01T08:10:00.000Z',
      engagement: { likes: 9, reposts: 1, replies: 2 },
      venue: 'Bluesky',
      language: 'en',
      text: 'Checked again: Monday for the north pier, Wednesday for the rest.',
    });
  });

  it('falls back to the DID in the permalink and the display name as author when the handle is invalid', () => {
    expect(result.records[3]).toMatchObject({
      url: 'https://bsky.app/profile/did:plc:gggg7777hhhh8888iiii9999/post/3kr1000004',
      author: 'Pier Fan',
    });
  });

  it('throws malformed when the threadViewPost has no post', () => {
    const payload = payloadFromValue({ thread: { $type: 'app.bsky.feed.defs#threadViewPost', replies: [] } });
    expect(blueskyThreadParser.detect(payload)).toBe(true);
    expect(() => blueskyThreadParser.parse(payload)).toThrow(ParseError);
    expect(() => blueskyThreadParser.parse(payload)).toThrow(
      /bluesky-thread: the thread's threadViewPost has no "post"/,
    );
  });

  it('reads a thread whose anchor was deleted as no records and a warning', () => {
    const result = blueskyThreadParser.parse(
      payloadFromValue({ thread: { $type: 'app.bsky.feed.defs#notFoundPost', uri: ROOT, notFound: true } }),
    );
    expect(result.records).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  });
});
