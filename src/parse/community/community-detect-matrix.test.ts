import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePayload } from '../decode-payload.js';
import type { DecodedPayload } from '../payload-parser.js';
import { COMMUNITY_PARSERS, communityParsers, platformOfFormat } from './index.js';
import { CORPORA_DIR, payloadFromFile, payloadFromValue } from '../../test-support/payload-from-file.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const hasCorpora = existsSync(CORPORA_DIR);
if (!hasCorpora && process.env.CI) throw new Error(`corpora missing at ${CORPORA_DIR}`);
if (!hasCorpora) console.log(`skipping corpus rows of the detection matrix: ${CORPORA_DIR} is absent`);

/** Which parser must claim each hand-made fixture, by folder and file name. */
const EXPECTED_FORMAT: Record<string, string> = {
  'reddit/thread-small.json': 'reddit-thread',
  'reddit/listing-mixed.json': 'reddit-listing',
  'hackernews/firebase-items.json': 'hn-item',
  'hackernews/algolia-item.json': 'hn-algolia-item',
  'hackernews/algolia-search.json': 'hn-algolia-search',
  'bluesky/get-post-thread.json': 'bluesky-thread',
  'bluesky/search-posts.json': 'bluesky-posts',
  'bluesky/get-author-feed.json': 'bluesky-posts',
  'mastodon/context.json': 'mastodon-context',
  'mastodon/context-of-root.json': 'mastodon-context',
  'mastodon/status.json': 'mastodon-status',
  'mastodon/timeline.json': 'mastodon-timeline',
  'discourse/topic.json': 'discourse-topic',
  'forum/phpbb-topic.html': 'forum-thread',
  'forum/xenforo-thread.html': 'forum-thread',
  'forum/vbulletin-thread.html': 'forum-thread',
  'comments/wordpress-comments.rss': 'wordpress-comment-feed',
  'comments/article-comments.html': 'comment-html',
};

function claimants(payload: DecodedPayload): string[] {
  return communityParsers.filter((parser) => parser.detect(payload)).map((parser) => parser.format);
}

describe('community parser detection matrix', () => {
  it('lists every fixture in the community folders', () => {
    const found = readdirSync(HERE, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(HERE, entry.name, '__fixtures__')))
      .flatMap((entry) =>
        readdirSync(path.join(HERE, entry.name, '__fixtures__')).map((file) => `${entry.name}/${file}`),
      );
    expect(found.sort()).toEqual(Object.keys(EXPECTED_FORMAT).sort());
  });

  for (const [fixture, format] of Object.entries(EXPECTED_FORMAT)) {
    it(`has ${fixture} claimed by ${format} alone`, () => {
      const [folder, file] = fixture.split('/') as [string, string];
      expect(claimants(payloadFromFile(path.join(HERE, folder, '__fixtures__', file)))).toEqual([format]);
    });
  }

  it('tries JSON readers first, then the comment feed, then forum pages, then comment sections', () => {
    expect(communityParsers.map((parser) => parser.format)).toEqual([
      'reddit-thread',
      'reddit-listing',
      'reddit-more-children',
      'hn-algolia-search',
      'hn-algolia-item',
      'hn-item',
      'bluesky-thread',
      'bluesky-posts',
      'mastodon-context',
      'mastodon-timeline',
      'mastodon-status',
      'discourse-topic',
      'discourse-posts',
      'wordpress-comment-feed',
      'forum-thread',
      'comment-html',
    ]);
  });

  it('gives every community platform at least one parser', () => {
    for (const [platform, parsers] of Object.entries(COMMUNITY_PARSERS)) {
      const count = [parsers.json, parsers.feed, parsers.html].flatMap((tier) => tier ?? []).length;
      expect({ platform, count: Math.min(count, 1) }).toEqual({ platform, count: 1 });
    }
  });

  it("names each fixture's platform by its parser's format, as its folder does", () => {
    for (const [fixture, format] of Object.entries(EXPECTED_FORMAT)) {
      expect({ fixture, platform: platformOfFormat(format) }).toEqual({ fixture, platform: fixture.split('/')[0] });
    }
    expect(['rss', 'atom', 'json-feed', 'article-html'].map(platformOfFormat)).toEqual([null, null, null, null]);
  });

  it('leaves the feed and article fixtures of the other parsers alone', () => {
    const others = [
      ...readdirSync(path.join(HERE, '../feed/__fixtures__')).map((file) =>
        path.join(HERE, '../feed/__fixtures__', file),
      ),
      ...readdirSync(path.join(HERE, '../../extract/__fixtures__'))
        .filter((file) => /\.html?$/.test(file))
        .map((file) => path.join(HERE, '../../extract/__fixtures__', file)),
    ];
    expect(others.length).toBeGreaterThan(0);
    for (const file of others)
      expect({ file, claimed: claimants(payloadFromFile(file)) }).toEqual({ file, claimed: [] });
  });

  it('refuses JSON that is no platform’s: a user, a number list, a plain object', () => {
    for (const value of [
      { id: 'jl', karma: 2937, created: 1173923446 },
      [1, 2, 3],
      { data: { children: [] } },
      { posts: [] },
    ]) {
      expect(claimants(payloadFromValue(value))).toEqual([]);
    }
  });
});

describe.skipIf(!hasCorpora)('community parser detection matrix on real data', () => {
  it('claims each real Reddit response with exactly one parser of the right kind', () => {
    const reddit = path.join(CORPORA_DIR, 'community-discussions/reddit');
    expect(claimants(payloadFromFile(path.join(reddit, 'r_announcements_n49rw_thread.json')))).toEqual([
      'reddit-thread',
    ]);
    expect(claimants(payloadFromFile(path.join(reddit, 'r_all_comments_2016-12-22.json')))).toEqual(['reddit-listing']);
    expect(claimants(payloadFromFile(path.join(reddit, 'user_spez_top_page1_2016-03-02.json')))).toEqual([
      'reddit-listing',
    ]);
  });

  it('claims the real HN items with hn-item only, and nothing else in that file', () => {
    const file = path.join(CORPORA_DIR, 'community-discussions/hackernews/official_api_examples.json');
    const examples = JSON.parse(readFileSync(file, 'utf8')) as { url: string; response: unknown }[];
    const claimed = examples.map((example) => claimants(payloadFromValue(example.response)));
    expect(claimed.filter((formats) => formats.length > 0).every((formats) => formats.join() === 'hn-item')).toBe(true);
    expect(claimed.filter((formats) => formats.length > 0)).toHaveLength(6);
  });

  it('leaves the 31 real feeds to the feed parsers', () => {
    const folder = path.join(CORPORA_DIR, 'rss-parser-fixtures/input');
    for (const file of readdirSync(folder)) {
      expect({ file, claimed: claimants(payloadFromFile(path.join(folder, file))) }).toEqual({ file, claimed: [] });
    }
  });

  it('claims no real article page except through its comment section', () => {
    const folder = path.join(CORPORA_DIR, 'article-extraction-benchmark/html');
    const claimedBy = new Map<string, string[]>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.html.gz'))) {
      const payload = decodePayload({
        bytes: gunzipSync(readFileSync(path.join(folder, file))),
        contentType: 'text/html',
        url: null,
      });
      const formats = claimants(payload);
      if (formats.length > 0) claimedBy.set(file, formats);
    }
    expect([...claimedBy.values()].every((formats) => formats.join() === 'comment-html')).toBe(true);
    console.log(`article pages claimed for their comment sections: ${claimedBy.size}`);
  });
});
