import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { treeProblems } from '../shared/tree-problems.js';
import { mastodonContextParser } from './mastodon-context-parser.js';
import { mastodonStatusParser } from './mastodon-status-parser.js';
import { mastodonTimelineParser } from './mastodon-timeline-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const API = 'https://toot.example/api/v1/statuses';
const ROOT_URI = 'https://toot.example/users/ferrywatch/statuses/112000000000000100';
const FOCAL_ID = '112000000000000300';

describe('mastodonContextParser', () => {
  const result = mastodonContextParser.parse(
    payloadFromFile(path.join(FIXTURES, 'context.json'), `${API}/${FOCAL_ID}/context`),
  );
  const [root, ancestor, descendant, nested] = result.records;

  it('reads ancestors then descendants, the first ancestor as the root', () => {
    expect(result.records.map((record) => record.externalId.split('/').pop())).toEqual([
      '112000000000000100',
      '112000000000000200',
      '112000000000000400',
      '112000000000000500',
    ]);
    expect(root).toMatchObject({ externalId: ROOT_URI, threadExternalId: null, parentExternalId: null });
    expect(ancestor).toMatchObject({ threadExternalId: ROOT_URI, parentExternalId: ROOT_URI });
  });

  it('names the status whose context this is by its API address, since the payload lacks it', () => {
    expect(descendant).toMatchObject({
      parentExternalId: `${API}/${FOCAL_ID}`,
      threadExternalId: `${API}/${FOCAL_ID}`,
    });
    expect(nested).toMatchObject({ parentExternalId: descendant!.externalId, language: 'fr' });
  });

  it('gives every status its own API address as an alias, so a later payload naming it by id finds its record', () => {
    expect(root!.aliases).toEqual([`${API}/112000000000000100`]);
    expect(descendant!.aliases).toEqual([`${API}/112000000000000400`]);
  });

  it('keeps the path before /api/v1/ in those addresses (a proxy, the demo site)', () => {
    const prefixed = mastodonContextParser.parse(
      payloadFromFile(
        path.join(FIXTURES, 'context.json'),
        `http://127.0.0.1:8000/mastodon/toot.example/api/v1/statuses/${FOCAL_ID}/context`,
      ),
    );
    expect(prefixed.records[2]).toMatchObject({
      parentExternalId: `http://127.0.0.1:8000/mastodon/toot.example/api/v1/statuses/${FOCAL_ID}`,
    });
    expect(prefixed.records[0]!.aliases).toEqual([
      'http://127.0.0.1:8000/mastodon/toot.example/api/v1/statuses/112000000000000100',
    ]);
  });

  it('uses the author’s home instance as venue and user@instance as author', () => {
    expect(ancestor).toMatchObject({
      venue: 'fedi.example',
      author: 'commuter@fedi.example',
      url: 'https://fedi.example/@commuter/112000000000000200',
    });
    expect(root).toMatchObject({
      venue: 'toot.example',
      author: 'ferrywatch@toot.example',
      engagement: { likes: 14, reposts: 6, replies: 2 },
      publishedAt: '2024-06-03T06:10:00.000Z',
    });
  });

  it('turns content HTML into paragraphs', () => {
    expect(descendant!.text).toBe('Operator says a crew shortage; the 8:10 runs.\n\nMore at noon.');
    expect(ancestor!.text).toBe('@ferrywatch Third time this week.');
  });

  it('roots the replies of a root status’s context at that status, with a warning', () => {
    const url = `${API}/112000000000000100/context`;
    const result = mastodonContextParser.parse(payloadFromFile(path.join(FIXTURES, 'context-of-root.json'), url));
    expect(result.records.map((record) => record.threadExternalId)).toEqual([
      `${API}/112000000000000100`,
      `${API}/112000000000000100`,
    ]);
    expect(result.records[1]!.parentExternalId).toBe(result.records[0]!.externalId);
    expect(result.warnings.join(' ')).toMatch(/thread roots are not in the payload/);
  });

  it('throws malformed naming the descendant that is not a Status', () => {
    const payload = payloadFromValue({ ancestors: [], descendants: [{ id: '1' }] });
    expect(mastodonContextParser.detect(payload)).toBe(true);
    expect(() => mastodonContextParser.parse(payload)).toThrow(ParseError);
    expect(() => mastodonContextParser.parse(payload)).toThrow(/mastodon-context: descendants\[0\] is not a Status/);
  });
});

describe('mastodonStatusParser', () => {
  it('reads one reply with its content warning first and its parent by API address', () => {
    const result = mastodonStatusParser.parse(
      payloadFromFile(path.join(FIXTURES, 'status.json'), `${API}/${FOCAL_ID}`),
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      text: 'Service update\n\nWe are short two deckhands this morning.',
      parentExternalId: `${API}/112000000000000200`,
      engagement: { likes: 20, reposts: 9, replies: 1 },
      title: null,
    });
  });

  it('throws malformed when the status has no uri', () => {
    const payload = payloadFromValue({
      id: '5',
      url: 'https://toot.example/@a/5',
      created_at: '2024-01-01T00:00:00Z',
      content: '<p>x</p>',
      account: {},
    });
    expect(mastodonStatusParser.detect(payload)).toBe(true);
    expect(() => mastodonStatusParser.parse(payload)).toThrow(
      /mastodon-status: the payload is a Status without "id" or "uri"/,
    );
  });
});

describe('mastodonTimelineParser', () => {
  const result = mastodonTimelineParser.parse(
    payloadFromFile(path.join(FIXTURES, 'timeline.json'), 'https://toot.example/api/v1/timelines/public'),
  );

  it('unwraps a reblog into the boosted status and links a reply to it within the page', () => {
    expect(result.records.map((record) => record.author)).toEqual([
      'islander@fedi.example',
      'ferrywatch@toot.example',
      'commuter@fedi.example',
    ]);
    expect(result.records[2]).toMatchObject({ parentExternalId: ROOT_URI, threadExternalId: ROOT_URI });
    expect(treeProblems(result.records.slice(1))).toEqual([]);
    expect(result.warnings).toContain('1 entries were reblogs; each boosted status is read once');
  });

  it('throws malformed naming the entry that is not a Status', () => {
    const entries = payloadFromFile(path.join(FIXTURES, 'timeline.json')).json as unknown[];
    const payload = payloadFromValue([entries[0], { hello: 'world' }]);
    expect(() => mastodonTimelineParser.parse(payload)).toThrow(/mastodon-timeline: entry \[1\] is not a Status/);
  });
});
