import { describe, expect, it } from 'vitest';
import { parsePayload } from '../../parse-payload.js';
import { redditMoreChildrenParser } from './reddit-more-children-parser.js';
import { payloadFromValue } from '../../../test-support/payload-from-file.js';

const comment = (id: string, parent: string, body: string) => ({
  kind: 't1',
  data: {
    id,
    name: `t1_${id}`,
    link_id: 't3_abc',
    parent_id: parent,
    body,
    author: 'someone',
    created_utc: 1764547200,
    score: 2,
    subreddit: 'hardware',
  },
});

describe('redditMoreChildrenParser', () => {
  const answer = {
    json: {
      errors: [],
      data: {
        things: [
          comment('c1', 't1_p0', 'First reply'),
          comment('c2', 't1_c1', '[removed]'),
          { kind: 'more', data: { id: 'c9', children: ['c9'], count: 1 } },
        ],
      },
    },
  };

  it("is chosen for a morechildren answer and keeps each comment's own parent and thread", () => {
    const result = parsePayload({
      bytes: new TextEncoder().encode(JSON.stringify(answer)),
      contentType: 'application/json',
      url: 'https://www.reddit.com/api/morechildren.json',
    });
    expect(result.format).toBe('reddit-more-children');
    expect(
      result.records.map((record) => [
        record.externalId,
        record.parentExternalId,
        record.threadExternalId,
        record.text,
      ]),
    ).toEqual([['t1_c1', 't1_p0', 't3_abc', 'First reply']]);
  });

  it('lists removed comments as deleted and counts nested stubs', () => {
    const result = redditMoreChildrenParser.parse(payloadFromValue(answer));
    expect(result.deleted).toEqual([{ platform: 'reddit', externalId: 't1_c2' }]);
    expect(result.warnings).toEqual(['1 further "more" stubs in this answer']);
  });

  it('names the broken entry when a thing is not an object', () => {
    expect(() => redditMoreChildrenParser.parse(payloadFromValue({ json: { data: { things: [7] } } }))).toThrow(
      /reddit-more-children: things\[0\]/,
    );
  });
});
