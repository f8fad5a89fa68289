import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { pathsSeen, refreshHarness, startScriptedApi, type RefreshHarness } from '../test-support/scripted-api.js';
import { BLUESKY_MAX_PAGES, BLUESKY_THREAD_DEPTH } from '../fetch/connectors/bluesky-connector.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

const DID = 'did:plc:testaccount000000000000';
const uriOf = (key: string) => `at://${DID}/app.bsky.feed.post/${key}`;
/** A PostView as app.bsky.feed.defs defines it. */
const postView = (key: string, text: string, parentKey?: string) => ({
  uri: uriOf(key),
  cid: `bafy${key}`,
  author: { did: DID, handle: 'tester.bsky.social', displayName: 'Tester' },
  record: {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: '2026-11-30T10:00:00.000Z',
    ...(parentKey
      ? {
          reply: {
            root: { uri: uriOf('root'), cid: 'bafyroot' },
            parent: { uri: uriOf(parentKey), cid: `bafy${parentKey}` },
          },
        }
      : {}),
  },
  replyCount: 0,
  repostCount: 0,
  likeCount: 1,
  indexedAt: '2026-11-30T10:00:00.000Z',
});
const threadNode = (key: string, text: string, replies: unknown[] = [], parentKey?: string) => ({
  $type: 'app.bsky.feed.defs#threadViewPost',
  post: postView(key, text, parentKey),
  replies,
});

describe('the Bluesky connector', () => {
  it('resolves the handle in a post URL, fetches the thread at full depth, and records a not-found reply as deleted', async () => {
    let replyGone = false;
    server = await startScriptedApi((url) => {
      if (url.pathname === '/xrpc/com.atproto.identity.resolveHandle')
        return url.searchParams.get('handle') === 'tester.bsky.social' ? { body: { did: DID } } : undefined;
      if (url.pathname !== '/xrpc/app.bsky.feed.getPostThread' || url.searchParams.get('uri') !== uriOf('root'))
        return undefined;
      const reply = replyGone
        ? { $type: 'app.bsky.feed.defs#notFoundPost', uri: uriOf('r1'), notFound: true }
        : threadNode('r1', 'A reply', [], 'root');
      return { body: { thread: threadNode('root', 'The root post', [reply]) } };
    });
    harness = await refreshHarness('https://bsky.app/profile/tester.bsky.social/post/root', 'bluesky', {
      blueskyApiBase: server.origin,
    });
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'bluesky-thread', inserted: 2 });
    expect(new URL(pathsSeen(server)[1]!, server.origin).searchParams.get('depth')).toBe(String(BLUESKY_THREAD_DEPTH));
    replyGone = true;
    expect(await harness.refresh()).toMatchObject({ status: 'ok', deleted: 1, unchanged: 1 });
    expect(await harness.store.recordById(recordIdFor('bluesky', uriOf('r1')))).toMatchObject({
      text: 'A reply',
      deletedAt: expect.any(String),
    });
  });

  it('pages a search through its cursor and stops when the cursor runs out', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/xrpc/app.bsky.feed.searchPosts') return undefined;
      const cursor = url.searchParams.get('cursor');
      return cursor === null
        ? { body: { posts: [postView('p1', 'First page')], cursor: 'c2' } }
        : { body: { posts: [postView('p2', 'Second page')] } };
    });
    harness = await refreshHarness('https://bsky.app/search?q=tide+gauges', 'bluesky', {
      blueskyApiBase: server.origin,
    });
    expect(await harness.refresh()).toMatchObject({ status: 'ok', records: 2, requests: 2 });
    expect(pathsSeen(server)).toEqual([
      '/xrpc/app.bsky.feed.searchPosts?q=tide+gauges&sort=latest&limit=100',
      '/xrpc/app.bsky.feed.searchPosts?q=tide+gauges&sort=latest&limit=100&cursor=c2',
    ]);
  });

  it('stops an account feed at its page cap when the cursor never runs out', async () => {
    let served = 0;
    server = await startScriptedApi(() => {
      served += 1;
      return { body: { feed: [{ post: postView(`f${served}`, `Post ${served}`) }], cursor: `c${served}` } };
    });
    harness = await refreshHarness(`https://bsky.app/profile/${DID}`, 'bluesky', { blueskyApiBase: server.origin });
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      requests: BLUESKY_MAX_PAGES,
      records: BLUESKY_MAX_PAGES,
    });
  });
});
