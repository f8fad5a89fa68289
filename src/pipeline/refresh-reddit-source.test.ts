import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { pathsSeen, refreshHarness, startScriptedApi, type RefreshHarness } from '../test-support/scripted-api.js';
import { DEFAULT_USER_AGENT } from '../fetch/create-fetcher.js';
import { withRobotsPolicy } from '../fetch/with-robots-policy.js';
import { refreshSource } from './refresh-source.js';
import {
  REDDIT_MAX_MORE_REQUESTS,
  REDDIT_MORE_CHILDREN_PER_REQUEST,
  REDDIT_THREAD_COMMENT_LIMIT,
} from '../fetch/connectors/reddit-connector.js';
import {
  comment,
  hugeThreadScript,
  listing,
  more,
  moreChildrenAnswer,
  requestedChildren,
  submission,
  type Thing,
} from './__fixtures__/reddit-things.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

describe('the Reddit connector', () => {
  it('ends cleanly after one request when a more stub never resolves (the answer names the same ids again)', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/comments/abc.json')
        return { body: [listing([submission()]), listing([comment('k1', 'Kept'), more(['x1', 'x2'])])] };
      if (url.pathname === '/api/morechildren.json') return { body: moreChildrenAnswer([more(['x1', 'x2'])]) };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', records: 2, requests: 2 });
    expect(pathsSeen(server).filter((seen) => seen.startsWith('/api/morechildren.json'))).toHaveLength(1);
  });

  it('handles a 50,000-comment thread within its request cap, and asks only for comments it lacks on the next refresh', async () => {
    server = await startScriptedApi(hugeThreadScript(50_000));
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit');
    const first = await harness.refresh();
    const perRefresh = REDDIT_THREAD_COMMENT_LIMIT + REDDIT_MAX_MORE_REQUESTS * REDDIT_MORE_CHILDREN_PER_REQUEST;
    expect(first, JSON.stringify(first)).toMatchObject({
      status: 'ok',
      requests: 1 + REDDIT_MAX_MORE_REQUESTS,
      inserted: 1 + perRefresh,
    });
    const second = await harness.refresh();
    expect(second, JSON.stringify(second)).toMatchObject({
      status: 'ok',
      requests: 1 + REDDIT_MAX_MORE_REQUESTS,
      inserted: REDDIT_MAX_MORE_REQUESTS * REDDIT_MORE_CHILDREN_PER_REQUEST,
      unchanged: 1 + REDDIT_THREAD_COMMENT_LIMIT,
    });
    const asked = pathsSeen(server)
      .filter((seen) => seen.startsWith('/api/morechildren.json'))
      .flatMap((seen) => requestedChildren(new URL(seen, server!.origin)));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('stores only what changed on a refresh: an edit keeps the old words in the log, a [deleted] body marks the comment deleted and keeps its text', async () => {
    let version = 1;
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/comments/abc.json') return undefined;
      const comments =
        version === 1
          ? [comment('e1', 'First words'), comment('d1', 'Soon gone'), comment('s1', 'Stays')]
          : [
              comment('e1', 'Second words'),
              comment('d1', '[deleted]'),
              comment('s1', 'Stays'),
              comment('n1', 'New reply', 't1_s1'),
            ];
      return { body: [listing([submission()]), listing(comments)] };
    });
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', inserted: 4 });
    version = 2;
    expect(await harness.refresh()).toMatchObject({ status: 'ok', inserted: 1, edited: 1, deleted: 1, unchanged: 2 });
    const edited = recordIdFor('reddit', 't1_e1');
    const deleted = recordIdFor('reddit', 't1_d1');
    expect((await harness.store.recordById(edited))?.text).toBe('Second words');
    expect(await harness.store.recordRevisions(edited)).toMatchObject([
      { change: 'edited', previousText: 'First words', at: '2026-12-01T12:00:00.000Z' },
    ]);
    expect(await harness.store.recordById(deleted)).toMatchObject({
      text: 'Soon gone',
      deletedAt: '2026-12-01T12:00:00.000Z',
    });
    expect(await harness.store.recordRevisions(deleted)).toMatchObject([
      { change: 'deleted', previousText: 'Soon gone' },
    ]);
    expect((await harness.store.recordById(recordIdFor('reddit', 't1_n1')))?.parentId).toBe(
      recordIdFor('reddit', 't1_s1'),
    );
  });

  it('pages a subreddit listing through `after`, up to its page cap', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/r/test/new.json') return undefined;
      const after = url.searchParams.get('after');
      const page = after === null ? 1 : Number(after.slice(3)) + 1;
      const post = {
        kind: 't3',
        data: { ...submission().data, id: `p${page}`, name: `t3_p${page}`, title: `Post ${page}` },
      };
      return { body: { kind: 'Listing', data: { after: page < 2 ? `t3_p${page}` : null, children: [post] } } };
    });
    harness = await refreshHarness(`${server.origin}/r/test/`, 'reddit');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'reddit-listing', records: 2, requests: 2 });
    expect(pathsSeen(server)).toEqual(['/r/test/new.json?limit=100', '/r/test/new.json?limit=100&after=t3_p1']);
  });

  it('keeps what it stored when a later request is throttled, and waits the longer of Retry-After and the backoff', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/comments/abc.json')
        return { body: [listing([submission()]), listing([comment('k1', 'Kept'), more(['x1'])])] };
      if (url.pathname === '/api/morechildren.json')
        return { status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit');
    const outcome = await harness.refresh();
    expect(outcome).toMatchObject({
      status: 'failing',
      error: expect.stringMatching(/HTTP 429.*wait 3600 s/),
      nextDueAt: '2026-12-01T13:00:00.000Z',
    });
    expect((await harness.store.listRecords()).map((record) => record.externalId).sort()).toEqual(['t1_k1', 't3_abc']);
    expect(await harness.store.sourceById(harness.sourceId)).toMatchObject({
      status: 'failing',
      nextDueAt: '2026-12-01T13:00:00.000Z',
      consecutiveFailures: 1,
    });
  });
});

describe('the Reddit connector and "continue this thread"', () => {
  it("fetches the subtree behind a childless stub from the parent comment's permalink, keeping the parent link", async () => {
    const deepStub: Thing = {
      kind: 'more',
      data: { id: '_', name: 't1__', parent_id: 't1_deep', count: 0, children: [] },
    };
    const deep = {
      ...comment('deep', 'Deep comment'),
      data: { ...comment('deep', 'Deep comment').data, replies: listing([deepStub]) },
    };
    server = await startScriptedApi((url) => {
      if (url.pathname === '/comments/abc.json') return { body: [listing([submission()]), listing([deep])] };
      if (url.pathname === '/comments/abc/_/deep.json')
        return { body: [listing([submission()]), listing([comment('deeper', 'Deeper reply', 't1_deep')])] };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', requests: 2 });
    expect((await harness.store.recordById(recordIdFor('reddit', 't1_deeper')))?.parentId).toBe(
      recordIdFor('reddit', 't1_deep'),
    );
  });
});

describe('the Reddit connector under a robots.txt that disallows everything', () => {
  it('fetches nothing past robots.txt and marks the source failing with the rule and the setting that decides it', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/robots.txt')
        return { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /\n' };
      if (url.pathname === '/comments/abc.json')
        return { body: [listing([submission()]), listing([comment('k1', 'Never read')])] };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit');
    const polite = withRobotsPolicy(harness.fetcher, { userAgent: DEFAULT_USER_AGENT });
    const source = (await harness.store.sourceById(harness.sourceId))!;
    const outcome = await refreshSource(source, {
      store: harness.store,
      fetcher: polite,
      now: () => new Date('2026-12-01T12:00:00.000Z'),
    });
    expect(outcome).toMatchObject({
      status: 'failing',
      error: expect.stringMatching(
        /^robots-disallowed: refused .*\/comments\/abc\.json\?limit=500: .*robots\.txt disallows \/comments\/abc\.json for undercurrent; set fetch\.respectRobots to false only where the site allows this use$/,
      ),
    });
    expect(pathsSeen(server)).toEqual(['/robots.txt']);
    expect(await harness.store.listRecords()).toEqual([]);
  });
});
