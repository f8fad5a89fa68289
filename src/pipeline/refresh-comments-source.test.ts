import { describe, expect, it } from 'vitest';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { articleComments, wordpressCommentPage, type FixturePost } from './__fixtures__/paged-threads.js';
import {
  pathsSeen,
  refreshHarness,
  startScriptedApi,
  type RefreshHarness,
  type Script,
} from '../test-support/scripted-api.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

const ARTICLE_PATH = '/2026/12/ferry-timetable/';
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** An article whose comments WordPress splits over pages: `/comment-page-N/`, each with its own (root-relative) canonical link. */
function commentSectionScript(pages: FixturePost[][]): Script {
  return (url) => {
    const match = /^\/2026\/12\/ferry-timetable\/(?:comment-page-(\d+)\/)?$/.exec(url.pathname);
    if (!match) return undefined;
    const number = Number(match[1] ?? 1);
    const comments = pages[number - 1];
    if (!comments) return undefined;
    const address = (page: number) => `${ARTICLE_PATH}${page > 1 ? `comment-page-${page}/` : ''}`;
    const newer = number < pages.length ? `${address(number + 1)}#comments` : null;
    return { headers: HTML, body: wordpressCommentPage({ canonical: address(number), comments, newer }) };
  };
}

describe('an article comment section source', () => {
  it('follows "Newer Comments" through every comment page, hanging every comment from the one article record', async () => {
    const pages = [articleComments(1, 5), articleComments(6, 10), articleComments(11, 12)];
    server = await startScriptedApi(commentSectionScript(pages));
    harness = await refreshHarness(`${server.origin}${ARTICLE_PATH}`, 'comments');
    const outcome = await harness.refresh();
    expect(outcome).toMatchObject({ status: 'ok', format: 'comment-html', requests: 3, records: 13, inserted: 13 });
    expect(pathsSeen(server)).toEqual([
      ARTICLE_PATH,
      `${ARTICLE_PATH}comment-page-2/`,
      `${ARTICLE_PATH}comment-page-3/`,
    ]);
    const records = await harness.store.listRecords();
    const articles = records.filter((record) => record.platform === 'web');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      externalId: `${server.origin}${ARTICLE_PATH.replace(/\/$/, '')}`,
      title: 'Ferry timetable changes from January',
    });
    const comments = records.filter((record) => record.platform === 'comments');
    expect(comments.every((record) => record.threadId === articles[0]!.id && record.parentId === articles[0]!.id)).toBe(
      true,
    );
    expect(comments.find((record) => record.author === 'Reader 11')).toMatchObject({
      publishedAt: '2026-12-01T10:50:00.000Z',
      text: 'Comment 11: the ferry timetable change hits the early shift hardest.',
    });
  });

  it('stores only the new comments when the section grows a page', async () => {
    const pages = [articleComments(1, 5), articleComments(6, 10)];
    server = await startScriptedApi(commentSectionScript(pages));
    harness = await refreshHarness(`${server.origin}${ARTICLE_PATH}`, 'comments');
    await harness.refresh();
    pages.push(articleComments(11, 11));
    expect(await harness.refresh()).toMatchObject({ status: 'ok', requests: 3, inserted: 1, edited: 0, unchanged: 11 });
  });

  it('reads a comment feed in one request, never walking to the article page its comments link to', async () => {
    const feed = (
      origin: string,
    ) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Comments on: Ferry timetable changes from January</title>
<link>${origin}${ARTICLE_PATH}</link><description>The Quay Courier</description>
<item><title>By: Reader 1</title><link>${origin}${ARTICLE_PATH}#comment-701</link><pubDate>Tue, 01 Dec 2026 09:10:00 +0000</pubDate>
<guid isPermaLink="false">${origin}/?p=51#comment-701</guid><description>The early shift loses half an hour.</description></item></channel></rss>`;
    server = await startScriptedApi((url) =>
      url.pathname === '/2026/12/ferry-timetable/feed/'
        ? { headers: { 'content-type': 'application/rss+xml' }, body: feed(server!.origin) }
        : undefined,
    );
    harness = await refreshHarness(`${server.origin}${ARTICLE_PATH}feed/`, 'comments');
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      format: 'wordpress-comment-feed',
      requests: 1,
      inserted: 1,
    });
    expect(await harness.refresh()).toMatchObject({ status: 'ok', requests: 1, unchanged: 1 });
    expect(pathsSeen(server)).toEqual([`${ARTICLE_PATH}feed/`, `${ARTICLE_PATH}feed/`]);
  });
});
