import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, type ClosableFetcher } from '../fetch/create-fetcher.js';
import { startLocalServer, type LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { payloadFormatOf } from '../parse/payload-format-of.js';
import { detectSource } from './detect-source.js';

const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>One</title><link>https://wire.example/1</link><description>Text</description></item></channel></rss>';
const PAGE = (head: string) =>
  `<!doctype html><html><head><title>Site</title>${head}</head><body><p>Hello</p></body></html>`;

let server: LocalServer | undefined;
let fetcher: ClosableFetcher | undefined;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
  fetcher = server = undefined;
});

/** A site answering each path from `routes` (content type, body), else 404. */
async function site(routes: Record<string, [string, string]>): Promise<string> {
  server = await startLocalServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    response.writeHead(route ? 200 : 404, { 'content-type': route?.[0] ?? 'text/plain' });
    response.end(route?.[1] ?? 'not found');
  });
  fetcher = createFetcher({ allowLoopback: true, perHostSpacingMs: 0 });
  return server.origin;
}

describe('detectSource', () => {
  it('tells Reddit, Hacker News and Bluesky URLs by their shape without a request', async () => {
    const refusing = {
      fetchPage: async () => {
        throw new Error('no request expected');
      },
    };
    const platformOf = async (url: string) =>
      (await detectSource(url, { fetcher: refusing, formatOf: payloadFormatOf })).platform;
    expect(await platformOf('https://www.reddit.com/r/hardware/')).toBe('reddit');
    expect(await platformOf('https://old.reddit.com/r/hardware/comments/abc123/title/')).toBe('reddit');
    expect(await platformOf('https://news.ycombinator.com/item?id=8863')).toBe('hackernews');
    expect(await platformOf('https://bsky.app/profile/someone.bsky.social/post/3kabc')).toBe('bluesky');
    expect(
      await detectSource('https://forum.example/t/x/1', {
        fetcher: refusing,
        formatOf: payloadFormatOf,
        platform: 'discourse',
      }),
    ).toMatchObject({ platform: 'discourse', kind: 'community', method: 'override' });
  });

  it('recognises a feed by its payload and a page by the feed it advertises', async () => {
    const origin = await site({
      '/feed.xml': ['application/rss+xml', RSS],
      '/': ['text/html', PAGE('<link rel="alternate" type="application/rss+xml" title="Wire feed" href="/feed.xml">')],
    });
    expect(await detectSource(`${origin}/feed.xml`, { fetcher: fetcher!, formatOf: payloadFormatOf })).toMatchObject({
      platform: 'feed',
      kind: 'press',
      method: 'payload',
    });
    expect(await detectSource(`${origin}/`, { fetcher: fetcher!, formatOf: payloadFormatOf })).toMatchObject({
      url: `${origin}/feed.xml`,
      platform: 'feed',
      method: 'feed-link',
      note: expect.stringContaining('Wire feed'),
    });
  });

  it('recognises Mastodon and Discourse by probing their APIs, and falls back to a page to follow', async () => {
    const origin = await site({
      '/@someone/1': ['text/html', PAGE('')],
      '/api/v1/instance': [
        'application/json',
        JSON.stringify({ uri: 'toot.example', title: 'Toot', version: '4.3.0' }),
      ],
    });
    expect(await detectSource(`${origin}/@someone/1`, { fetcher: fetcher!, formatOf: payloadFormatOf })).toMatchObject({
      platform: 'mastodon',
      kind: 'community',
      method: 'api-probe',
    });
    await fetcher!.close();
    await server!.close();
    const forum = await site({
      '/t/a/5': ['text/html', PAGE('')],
      '/site.json': ['application/json', JSON.stringify({ categories: [], default_archetype: 'regular' })],
    });
    expect(await detectSource(`${forum}/t/a/5`, { fetcher: fetcher!, formatOf: payloadFormatOf })).toMatchObject({
      platform: 'discourse',
      method: 'api-probe',
    });
    await fetcher!.close();
    await server!.close();
    const plain = await site({ '/article': ['text/html', PAGE('')] });
    expect(await detectSource(`${plain}/article`, { fetcher: fetcher!, formatOf: payloadFormatOf })).toMatchObject({
      platform: 'web',
      kind: 'press',
      method: 'page',
    });
  });

  it('never fails for lack of network: an unreachable URL is kept as given with the reason', async () => {
    const origin = await site({});
    await server!.close();
    const detected = await detectSource(`${origin}/feed.xml`, { fetcher: fetcher!, formatOf: payloadFormatOf });
    expect(detected).toMatchObject({
      url: `${origin}/feed.xml`,
      platform: null,
      method: 'unreachable',
      note: expect.stringMatching(/could not check it now .*first fetch will report/),
    });
  });
});
