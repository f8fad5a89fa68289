import { describe, expect, it } from 'vitest';
import { kindOfUrl } from './kind-of-url.js';

describe('kindOfUrl', () => {
  it.each([
    'https://www.reddit.com/r/hardware/.rss',
    'https://old.reddit.com/r/hardware/',
    'https://redd.it/abc123',
    'https://news.ycombinator.com/item?id=1',
    'https://hn.algolia.com/api/v1/items/1',
    'https://hacker-news.firebaseio.com/v0/item/8863.json',
    'https://bsky.app/profile/someone.bsky.social',
    'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread',
    'https://bsky.social/xrpc/com.atproto.server.createSession',
    'https://mastodon.social/api/v1/timelines/tag/x',
    'https://harbor.social/api/v1/statuses/1/context',
    'https://forum.example/t/slug/42.json',
    'https://forum.example/viewtopic.php?t=7',
    'https://forum.example/threads/plate-readers.42/',
    'https://forum.example/showthread.php?t=42',
    'https://bayledger.example/2026/plates/comments/feed/',
  ])('calls %s community', (url) => {
    expect(kindOfUrl(url)).toBe('community');
  });

  it.each([
    'https://dailycircuit.example/feed.xml',
    'https://notreddit.com/r/hardware/',
    'https://mastodon.social/@someone',
    'https://forum.example/t/42',
    'https://bayledger.example/comments/feed/more',
    'not a url',
  ])('calls %s press', (url) => {
    expect(kindOfUrl(url)).toBe('press');
  });
});
