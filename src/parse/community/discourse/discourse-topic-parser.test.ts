import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { discourseTopicParser } from './discourse-topic-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const URL = 'https://forum.example/t/printer-firmware-3-1-bricks-wifi/4242.json';

describe('discourseTopicParser', () => {
  const result = discourseTopicParser.parse(payloadFromFile(path.join(FIXTURES, 'topic.json'), URL));
  const [root, second, third, fifth] = result.records;

  it('makes post 1 the titled root and skips the deleted post', () => {
    expect(result.records.map((record) => record.externalId)).toEqual([
      'forum.example/t/4242/1',
      'forum.example/t/4242/2',
      'forum.example/t/4242/3',
      'forum.example/t/4242/5',
    ]);
    expect(root).toMatchObject({
      title: 'Printer firmware 3.1 bricks Wi-Fi',
      threadExternalId: null,
      parentExternalId: null,
      venue: 'forum.example',
    });
    expect(result.warnings).toContain('skipped 1 deleted or hidden posts');
  });

  it('follows reply_to_post_number, and falls back to post 1 when that post is absent', () => {
    expect(second!.parentExternalId).toBe(root!.externalId);
    expect(third!.parentExternalId).toBe(second!.externalId);
    expect(fifth!.parentExternalId).toBe(root!.externalId);
    expect(treeProblems(result.records)).toEqual([]);
  });

  it('reads likes from actions_summary, replies and score, and the post page as url', () => {
    expect(root).toMatchObject({
      engagement: { likes: 5, replies: 2, score: 40.5 },
      author: 'inkjetivy',
      publishedAt: '2024-07-01T10:00:00.000Z',
    });
    expect(second!.url).toBe('https://forum.example/t/printer-firmware-3-1-bricks-wifi/4242/2');
  });

  it('keeps quotes and link previews out of a post’s own words', () => {
    expect(third!.text).toBe('How did you roll back? The menu has no option.');
    expect(fifth!.text).toBe('Vendor page: firmware archive');
  });

  it('throws malformed when post_stream has no posts array', () => {
    const payload = payloadFromValue({ id: 1, title: 'x', fancy_title: 'x', post_stream: { stream: [1] } });
    expect(discourseTopicParser.detect(payload)).toBe(true);
    expect(() => discourseTopicParser.parse(payload)).toThrow(ParseError);
    expect(() => discourseTopicParser.parse(payload)).toThrow(
      /discourse-topic: the topic has no "post_stream.posts" array/,
    );
  });
});
