import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { pathsSeen, refreshHarness, startScriptedApi, type RefreshHarness } from '../test-support/scripted-api.js';
import { HN_MAX_SEARCH_PAGES } from '../fetch/connectors/hackernews-connector.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

/** An Algolia `items/:id` node, as hn.algolia.com/api documents it. */
const item = (id: number, fields: Record<string, unknown>, children: unknown[] = []) => ({
  id,
  created_at: '2026-11-30T10:00:00.000Z',
  created_at_i: 1764496800,
  type: 'comment',
  author: `user${id}`,
  text: `<p>Comment ${id}</p>`,
  points: null,
  parent_id: 1,
  story_id: 1,
  children,
  ...fields,
});
const story = (children: unknown[]) =>
  item(
    1,
    { type: 'story', title: 'A story', url: 'https://example.com/a', points: 120, text: null, parent_id: null },
    children,
  );

describe('the Hacker News connector', () => {
  it("fetches a story's whole tree from Algolia items/:id, and marks a comment deleted when a refresh shows it gone", async () => {
    let deleted = false;
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/api/v1/items/1') return undefined;
      const gone = deleted ? { author: null, text: null } : {};
      return { body: story([item(2, {}, [item(3, { parent_id: 2, ...gone })])]) };
    });
    harness = await refreshHarness('https://news.ycombinator.com/item?id=1', 'hackernews', {
      hackerNewsApiBase: server.origin,
    });
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      format: 'hn-algolia-item',
      records: 3,
      inserted: 3,
      requests: 1,
    });
    expect((await harness.store.recordById(recordIdFor('hackernews', '3')))?.parentId).toBe(
      recordIdFor('hackernews', '2'),
    );
    deleted = true;
    expect(await harness.refresh()).toMatchObject({ status: 'ok', deleted: 1, unchanged: 2, inserted: 0 });
    expect(await harness.store.recordById(recordIdFor('hackernews', '3'))).toMatchObject({
      text: 'Comment 3',
      deletedAt: expect.any(String),
    });
    expect(pathsSeen(server)).toEqual(['/api/v1/items/1', '/api/v1/items/1']);
  });

  it('reads a 50,000-comment story in one request and stores every comment', async () => {
    const children = Array.from({ length: 50_000 }, (_, index) => item(index + 2, { text: `c${index}` }));
    server = await startScriptedApi((url) =>
      url.pathname === '/api/v1/items/1' ? { body: story(children) } : undefined,
    );
    harness = await refreshHarness('https://news.ycombinator.com/item?id=1', 'hackernews', {
      hackerNewsApiBase: server.origin,
    });
    expect(await harness.refresh()).toMatchObject({ status: 'ok', requests: 1, inserted: 50_001 });
  });

  const hitOf = (page: number) => ({
    _tags: ['story', `story_${100 + page}`],
    objectID: String(100 + page),
    title: `Story ${page}`,
    author: 'a',
    created_at_i: 1764496800 + page,
    created_at: '2026-11-30T10:00:00.000Z',
    points: 5,
    num_comments: 0,
    story_id: 100 + page,
  });

  it('pages an Algolia search until its last page, newest first, stories by default', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/api/v1/search_by_date') return undefined;
      const page = Number(url.searchParams.get('page'));
      return {
        body: {
          hits: [hitOf(page)],
          nbHits: 3,
          page,
          nbPages: 3,
          hitsPerPage: 100,
          query: url.searchParams.get('query'),
        },
      };
    });
    harness = await refreshHarness('https://hn.algolia.com/?q=tide+gauges', 'hackernews', {
      hackerNewsApiBase: server.origin,
    });
    expect(await harness.refresh()).toMatchObject({ status: 'ok', records: 3, requests: 3 });
    expect(pathsSeen(server)).toEqual(
      [0, 1, 2].map((page) => `/api/v1/search_by_date?query=tide+gauges&tags=story&hitsPerPage=100&page=${page}`),
    );
  });

  it('stops at its page cap however many pages Algolia reports', async () => {
    server = await startScriptedApi((url) => {
      const page = Number(url.searchParams.get('page'));
      return { body: { hits: [hitOf(page)], nbHits: 5000, page, nbPages: 50, hitsPerPage: 100 } };
    });
    harness = await refreshHarness('https://hn.algolia.com/api/v1/search?query=x', 'hackernews', {
      hackerNewsApiBase: server.origin,
    });
    const outcome = await harness.refresh();
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'ok', requests: HN_MAX_SEARCH_PAGES });
  });

  it("marks the source failing with the parser's reason when the API changes its JSON shape", async () => {
    server = await startScriptedApi(() => ({ body: { item: { id: 1 }, comments: [] } }));
    harness = await refreshHarness('https://news.ycombinator.com/item?id=1', 'hackernews', {
      hackerNewsApiBase: server.origin,
    });
    expect(await harness.refresh()).toMatchObject({
      status: 'failing',
      error: expect.stringMatching(/no parser recognises the payload: a JSON object/),
    });
  });
});
