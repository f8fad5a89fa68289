import { describe, expect, it } from 'vitest';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { PAGED_THREAD_MAX_PAGES } from '../fetch/connectors/paged-thread-connector.js';
import { forumPosts, phpbbPage, type FixturePost, type NextLinkStyle } from './__fixtures__/paged-threads.js';
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

const THREAD_PATH = '/forum/viewtopic.php';
const POSTS_PER_PAGE = 10;
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** A thread the test can change between refreshes: its pages' posts, how pages link, and pages that misbehave. */
interface ScriptedThread {
  pages: FixturePost[][];
  style: NextLinkStyle;
  /** Page number whose next link points back at this earlier page number. */
  loop?: { from: number; to: number };
  /** Page number that answers with this status instead. */
  fail?: { page: number; status: number };
}

const pageAddress = (number: number) => `./viewtopic.php?t=40${number > 1 ? `&page=${number}` : ''}`;

function threadPages(count: number, perPage = POSTS_PER_PAGE): FixturePost[][] {
  return Array.from({ length: count }, (_, index) => forumPosts(index * perPage + 1, (index + 1) * perPage));
}

function threadScript(thread: ScriptedThread): Script {
  return (url) => {
    if (url.pathname !== THREAD_PATH || url.searchParams.get('t') !== '40') return undefined;
    const number = Number(url.searchParams.get('page') ?? 1);
    const posts = thread.pages[number - 1];
    if (!posts) return undefined;
    if (thread.fail?.page === number)
      return { status: thread.fail.status, headers: HTML, body: '<html><body>Board offline</body></html>' };
    const next =
      thread.loop?.from === number
        ? pageAddress(thread.loop.to)
        : number < thread.pages.length
          ? pageAddress(number + 1)
          : null;
    return {
      headers: HTML,
      body: phpbbPage({ title: 'Bench supply sags under load', posts, next, style: thread.style }),
    };
  };
}

async function startThread(thread: ScriptedThread): Promise<RefreshHarness> {
  server = await startScriptedApi(threadScript(thread));
  harness = await refreshHarness(`${server.origin}${THREAD_PATH}?t=40`, 'forum');
  return harness;
}

const pageNumbersSeen = () =>
  pathsSeen(server!).map((path) => Number(new URL(path, server!.origin).searchParams.get('page') ?? 1));

describe('a forum thread source', () => {
  it('follows rel="next" through every page and stores each post with author, time, text, and the first post as parent', async () => {
    const { refresh, store } = await startThread({ pages: threadPages(3), style: 'link-rel' });
    expect(await refresh()).toMatchObject({
      status: 'ok',
      format: 'forum-thread',
      requests: 3,
      records: 30,
      inserted: 30,
      warnings: [],
    });
    expect(pageNumbersSeen()).toEqual([1, 2, 3]);
    const records = await store.listRecords();
    const root = records.find((record) => record.parentId === null)!;
    expect(root).toMatchObject({
      title: 'Bench supply sags under load',
      author: 'bencher1',
      publishedAt: '2026-12-01T09:00:00.000Z',
    });
    const replies = records.filter((record) => record !== root);
    expect(replies).toHaveLength(29);
    expect(replies.every((record) => record.parentId === root.id && record.threadId === root.id)).toBe(true);
    expect(replies.find((record) => record.text.startsWith('Reading 27:'))).toMatchObject({
      author: 'bencher3',
      publishedAt: '2026-12-02T11:00:00.000Z',
      text: 'Reading 27: the rail sagged to 11.77 V under load.',
      platform: 'forum',
    });
  });

  it.each(['anchor-rel', 'anchor-words', 'page-number'] as const)(
    'finds the next page from %s links too',
    async (style) => {
      const { refresh } = await startThread({ pages: threadPages(3), style });
      expect(await refresh()).toMatchObject({ status: 'ok', requests: 3, inserted: 30 });
      expect(pageNumbersSeen()).toEqual([1, 2, 3]);
    },
  );

  it('refreshes incrementally: page one, then the page of the newest stored post onward, storing only new and edited posts', async () => {
    const thread: ScriptedThread = { pages: threadPages(3), style: 'anchor-rel' };
    const { refresh } = await startThread(thread);
    await refresh();
    const editedFirst = { ...thread.pages[0]![0]!, text: 'Reading 1 (edited): the rail sagged to 11.40 V under load.' };
    thread.pages[0] = [editedFirst, ...thread.pages[0]!.slice(1)];
    thread.pages.push(forumPosts(31, 34));
    const second = await refresh();
    expect(pageNumbersSeen().slice(3)).toEqual([1, 3, 4]);
    expect(second).toMatchObject({ status: 'ok', requests: 3, records: 24, inserted: 4, edited: 1, unchanged: 19 });
  });

  it('stops where the pages link back to one read already, keeping every post read and saying why', async () => {
    const { refresh, store } = await startThread({
      pages: threadPages(4),
      style: 'link-rel',
      loop: { from: 3, to: 2 },
    });
    const outcome = await refresh();
    expect(outcome).toMatchObject({
      status: 'ok',
      requests: 3,
      inserted: 30,
      warnings: [expect.stringMatching(/read already in this refresh \(the pages link in a loop\)/)],
    });
    expect(pageNumbersSeen()).toEqual([1, 2, 3]);
    expect(await store.listRecords()).toHaveLength(30);
  });

  it.each([500, 410])(
    'keeps the pages read before one that answers %i, and marks the source failing with that page named',
    async (status) => {
      const { refresh, store, sourceId } = await startThread({
        pages: threadPages(4),
        style: 'link-rel',
        fail: { page: 3, status },
      });
      const outcome = await refresh();
      expect(outcome).toMatchObject({
        status: 'failing',
        error: expect.stringMatching(new RegExp(`thread page 3 of this refresh: .*page=3 answered HTTP ${status}`)),
      });
      expect(await store.listRecords()).toHaveLength(20);
      expect(await store.sourceById(sourceId)).toMatchObject({
        status: 'failing',
        consecutiveFailures: 1,
        lastError: expect.stringContaining('page=3'),
      });
    },
  );

  it('reads at most the page cap per refresh and goes on from there on the next one', async () => {
    const { refresh } = await startThread({ pages: threadPages(PAGED_THREAD_MAX_PAGES + 5, 2), style: 'link-rel' });
    const first = await refresh();
    expect(first).toMatchObject({
      status: 'ok',
      requests: PAGED_THREAD_MAX_PAGES,
      inserted: PAGED_THREAD_MAX_PAGES * 2,
      warnings: [expect.stringMatching(/stopped after 20 pages/)],
    });
    const second = await refresh();
    expect(pageNumbersSeen().slice(PAGED_THREAD_MAX_PAGES)).toEqual([1, 20, 21, 22, 23, 24, 25]);
    expect(second).toMatchObject({ status: 'ok', inserted: 10, warnings: [] });
  });

  it('walks from page one again when the page to resume from is gone', async () => {
    const thread: ScriptedThread = { pages: threadPages(3), style: 'link-rel' };
    const { refresh } = await startThread(thread);
    await refresh();
    thread.pages.pop();
    const outcome = await refresh();
    expect(outcome).toMatchObject({
      status: 'ok',
      inserted: 0,
      warnings: [expect.stringMatching(/page=3, is gone \(404\); following the pages from the first/)],
    });
    expect(pageNumbersSeen().slice(3)).toEqual([1, 3, 2]);
  });
});
