import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../payload-parser.js';
import { payloadFromFile, payloadFromValue } from '../../../test-support/payload-from-file.js';
import { commentHtmlParser } from './comment-html-parser.js';
import { wordpressCommentFeedParser } from './wordpress-comment-feed-parser.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const ARTICLE = 'https://dailytram.example/2024/08/night-bus-pilot';

describe('wordpressCommentFeedParser', () => {
  const result = wordpressCommentFeedParser.parse(payloadFromFile(path.join(FIXTURES, 'wordpress-comments.rss')));

  it('reads each item as a comment on the article the feed is about', () => {
    expect(result.title).toBe('Council approves night bus pilot for the east side');
    expect(result.records.map((record) => record.externalId)).toEqual([
      `${ARTICLE}#comment-8812`,
      `${ARTICLE}#comment-8807`,
    ]);
    expect(
      result.records.every((record) => record.threadExternalId === ARTICLE && record.parentExternalId === ARTICLE),
    ).toBe(true);
  });

  it('reads author, date, text and venue', () => {
    expect(result.records[1]).toMatchObject({
      platform: 'comments',
      author: 'M. Osei',
      publishedAt: '2024-08-09T19:02:00.000Z',
      venue: 'dailytram.example',
      text: 'Six months is too short to judge ridership.\n\nWinter numbers will look bad regardless.',
      url: 'https://dailytram.example/2024/08/night-bus-pilot/#comment-8807',
    });
  });

  it('says that the feed does not give reply parents', () => {
    expect(result.warnings.join(' ')).toMatch(/do not name a reply's parent/);
  });

  it('refuses an ordinary post feed, whose items link to posts', () => {
    const posts =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>The Daily Tram</title><item><title>A</title><link>https://dailytram.example/a/</link><comments>https://dailytram.example/a/#respond</comments></item></channel></rss>';
    expect(wordpressCommentFeedParser.detect(payloadFromValue(posts))).toBe(false);
  });

  it('throws malformed when a comment feed has no channel', () => {
    const payload = payloadFromValue(
      '<?xml version="1.0"?><rss version="2.0"><item><link>https://x.example/a/#comment-1</link></item></rss>',
    );
    expect(wordpressCommentFeedParser.detect(payload)).toBe(true);
    expect(() => wordpressCommentFeedParser.parse(payload)).toThrow(
      /wordpress-comment-feed: the feed has no <rss><channel>/,
    );
  });
});

describe('commentHtmlParser', () => {
  const result = commentHtmlParser.parse(
    payloadFromFile(path.join(FIXTURES, 'article-comments.html'), `${ARTICLE}/?utm_source=feed`),
  );
  const byId = new Map(result.records.map((record) => [record.externalId, record]));

  it('names comments exactly as the comment feed does, so both join one thread', () => {
    const feed = wordpressCommentFeedParser.parse(payloadFromFile(path.join(FIXTURES, 'wordpress-comments.rss')));
    for (const record of feed.records) expect(byId.has(record.externalId)).toBe(true);
  });

  it('reads the article as the root record, then three comments, skipping the pingback', () => {
    expect(result.records).toHaveLength(4);
    expect(result.records[0]).toMatchObject({
      externalId: ARTICLE,
      platform: 'web',
      threadExternalId: null,
      parentExternalId: null,
    });
    expect(result.records.slice(1).every((record) => record.platform === 'comments')).toBe(true);
    expect(result.warnings).toContain('skipped 1 pingbacks and trackbacks');
  });

  it('takes the tree from nested children lists: a reply hangs from its comment, the rest from the article', () => {
    expect(byId.get(`${ARTICLE}#comment-8809`)).toMatchObject({
      parentExternalId: `${ARTICLE}#comment-8807`,
      threadExternalId: ARTICLE,
      author: 'Transit Desk',
    });
    expect(byId.get(`${ARTICLE}#comment-8807`)).toMatchObject({ parentExternalId: ARTICLE, threadExternalId: ARTICLE });
  });

  it('reads only a comment’s own words, date and author, not its replies’', () => {
    expect(byId.get(`${ARTICLE}#comment-8807`)).toMatchObject({
      text: 'Six months is too short to judge ridership.\n\nWinter numbers will look bad regardless.',
      author: 'M. Osei',
      publishedAt: '2024-08-09T19:02:00.000Z',
      venue: 'The Daily Tram',
      platform: 'comments',
    });
  });

  it('on a later comment page, hangs the comments from the article without its page and reads no second article', () => {
    const html =
      '<!doctype html><html><head><link rel="canonical" href="https://dailytram.example/2024/08/night-bus-pilot/comment-page-2/"></head><body>' +
      '<article><p>The council voted 7 to 2 on Thursday.</p></article><ol class="comment-list"><li id="comment-9001" class="comment">' +
      '<b class="fn">Late Reader</b><div class="comment-content"><p>Still no timetable.</p></div></li></ol></body></html>';
    const later = commentHtmlParser.parse(
      payloadFromValue(html, 'https://dailytram.example/2024/08/night-bus-pilot/comment-page-2/#comments'),
    );
    expect(later.records).toHaveLength(1);
    expect(later.records[0]).toMatchObject({
      externalId: `${ARTICLE}#comment-9001`,
      threadExternalId: ARTICLE,
      parentExternalId: ARTICLE,
      author: 'Late Reader',
    });
  });

  it('throws malformed when the page names no article address', () => {
    const html =
      '<html><body><ol class="commentlist"><li id="comment-1" class="comment"><div class="comment-content">Hi</div></li></ol></body></html>';
    const payload = payloadFromValue(html);
    expect(commentHtmlParser.detect(payload)).toBe(true);
    expect(() => commentHtmlParser.parse(payload)).toThrow(ParseError);
    expect(() => commentHtmlParser.parse(payload)).toThrow(/comment-html: the page has no canonical link/);
  });
});
