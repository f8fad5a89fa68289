import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import {
  pathsSeen,
  refreshHarness,
  startScriptedApi,
  type RefreshHarness,
  type Script,
} from '../test-support/scripted-api.js';
import { DEFAULT_USER_AGENT } from '../fetch/create-fetcher.js';
import { withRobotsPolicy } from '../fetch/with-robots-policy.js';
import { refreshSource } from './refresh-source.js';
import {
  REDDIT_MAX_MORE_REQUESTS,
  REDDIT_MORE_CHILDREN_PER_REQUEST,
  REDDIT_THREAD_COMMENT_LIMIT,
} from '../fetch/connectors/reddit-connector.js';

const REDDIT_CORPUS = path.resolve(process.cwd(), '../shared/corpora/community-discussions/reddit');
const hasCorpus = existsSync(path.join(REDDIT_CORPUS, 'r_announcements_n49rw_thread.json'));
if (!hasCorpus) console.warn(`skipping the Reddit corpus replay: ${REDDIT_CORPUS} is absent`);

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

type Thing = { kind: string; data: Record<string, unknown> };
const listing = (children: Thing[]) => ({ kind: 'Listing', data: { after: null, children } });
const submission = (selftext = 'The post') => ({
  kind: 't3',
  data: {
    id: 'abc',
    name: 't3_abc',
    title: 'A thread',
    selftext,
    author: 'op',
    subreddit: 'test',
    created_utc: 1764547200,
    num_comments: 3,
    score: 10,
  },
});
const comment = (id: string, body: string, parent = 't3_abc'): Thing => ({
  kind: 't1',
  data: {
    id,
    name: `t1_${id}`,
    body,
    author: `u_${id}`,
    link_id: 't3_abc',
    parent_id: parent,
    subreddit: 'test',
    created_utc: 1764547300,
    score: 1,
    replies: '',
  },
});
const more = (children: string[]): Thing => ({
  kind: 'more',
  data: {
    id: children[0] ?? '_',
    name: `t1_${children[0] ?? '_'}`,
    parent_id: 't3_abc',
    count: children.length,
    children,
  },
});
const moreChildrenAnswer = (things: Thing[]) => ({ json: { errors: [], data: { things } } });
const requestedChildren = (url: URL) => (url.searchParams.get('children') ?? '').split(',').filter(Boolean);

/** A thread of `total` comments: the first 500 in the thread answer, the rest behind one `more` stub, served 100 at a time. */
function hugeThreadScript(total: number): Script {
  const ids = Array.from({ length: total }, (_, index) => `c${index.toString(36)}`);
  const shown = ids.slice(0, REDDIT_THREAD_COMMENT_LIMIT);
  return (url) => {
    if (url.pathname === '/comments/abc.json')
      return {
        body: [
          listing([submission()]),
          listing([...shown.map((id) => comment(id, `Comment ${id}`)), more(ids.slice(shown.length))]),
        ],
      };
    if (url.pathname === '/api/morechildren.json')
      return { body: moreChildrenAnswer(requestedChildren(url).map((id) => comment(id, `Comment ${id}`))) };
    return undefined;
  };
}

describe('the Reddit connector', () => {
  it.skipIf(!hasCorpus)(
    'replays a real 1,412-comment thread: the .json, then its more stubs through /api/morechildren, 100 ids at a time, with a Reddit-style User-Agent',
    async () => {
      const thread = readFileSync(path.join(REDDIT_CORPUS, 'r_announcements_n49rw_thread.json'), 'utf8');
      const followUps = readFileSync(path.join(REDDIT_CORPUS, 'r_announcements_n49rw_followups.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      const recorded = new Map<string, Thing>();
      const subtrees = new Map<string, unknown>();
      for (const followUp of followUps) {
        const permalink = /\/comments\/n49rw\/_\/(\w+)/.exec(String(followUp.uri));
        if (followUp.method === 'GET' && permalink) subtrees.set(permalink[1]!, followUp.response);
        for (const thing of (followUp.response?.json?.data?.things ?? []) as Thing[])
          recorded.set(String(thing.data.id), thing);
      }
      server = await startScriptedApi((url) => {
        if (url.pathname === '/comments/n49rw.json') return { body: thread };
        if (url.pathname === '/api/morechildren.json')
          return { body: moreChildrenAnswer(requestedChildren(url).flatMap((id) => recorded.get(id) ?? [])) };
        const subtree = /^\/comments\/n49rw\/_\/(\w+)\.json$/.exec(url.pathname);
        if (subtree && subtrees.has(subtree[1]!)) return { body: subtrees.get(subtree[1]!) };
        return undefined;
      });
      harness = await refreshHarness(`${server.origin}/r/announcements/comments/n49rw/were_back/`, 'reddit');
      const outcome = await harness.refresh();
      expect(outcome).toMatchObject({ status: 'ok', format: 'reddit-thread' });
      const paths = pathsSeen(server);
      expect(paths[0]).toBe(`/comments/n49rw.json?limit=${REDDIT_THREAD_COMMENT_LIMIT}`);
      const moreRequests = paths.filter((seen) => seen.startsWith('/api/morechildren.json'));
      expect(moreRequests.length).toBeGreaterThan(1);
      expect(moreRequests.length).toBeLessThanOrEqual(REDDIT_MAX_MORE_REQUESTS);
      for (const seen of moreRequests)
        expect(requestedChildren(new URL(seen, server.origin)).length).toBeLessThanOrEqual(
          REDDIT_MORE_CHILDREN_PER_REQUEST,
        );
      expect(
        server.seen.every((request) =>
          /^nodejs:undercurrent-[\w-]+:\S+ \(.+\)$/.test(String(request.headers['user-agent'])),
        ),
      ).toBe(true);
      const records = await harness.store.listRecords();
      // 485 comments and the submission in the thread answer; the morechildren answers add more, hanging from stored parents.
      expect(records.length).toBeGreaterThan(486 + 100);
      const fromMore = records.filter(
        (record) => record.rawHash !== records.find((each) => each.externalId === 't3_n49rw')!.rawHash,
      );
      expect(fromMore.length).toBeGreaterThan(0);
      expect(fromMore.every((record) => record.threadId === recordIdFor('reddit', 't3_n49rw'))).toBe(true);
    },
  );

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
