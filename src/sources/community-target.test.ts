import { describe, expect, it } from 'vitest';
import { communityTargetOf } from './community-target.js';

describe('communityTargetOf', () => {
  it.each([
    [
      'https://www.reddit.com/r/hardware/',
      null,
      { platform: 'reddit', kind: 'listing', subreddit: 'hardware', sort: 'new', origin: 'https://www.reddit.com' },
    ],
    [
      'https://old.reddit.com/r/hardware/top/.json',
      null,
      { kind: 'listing', sort: 'top', origin: 'https://www.reddit.com' },
    ],
    ['https://www.reddit.com/r/hardware/comments/abc123/some_title/', null, { kind: 'thread', threadId: 'abc123' }],
    ['https://www.reddit.com/r/hardware/comments/abc123.json', null, { kind: 'thread', threadId: 'abc123' }],
    ['https://redd.it/abc123', null, { kind: 'thread', threadId: 'abc123' }],
    [
      'https://www.reddit.com/r/hardware/search?q=vireo+x90',
      null,
      { kind: 'search', subreddit: 'hardware', query: 'vireo x90' },
    ],
    ['https://www.reddit.com/search/?q=vireo', null, { kind: 'search', subreddit: null, query: 'vireo' }],
    ['https://news.ycombinator.com/item?id=8863', null, { platform: 'hackernews', kind: 'item', itemId: '8863' }],
    [
      'https://hn.algolia.com/?q=tide+gauges',
      null,
      { platform: 'hackernews', kind: 'search', query: 'tide gauges', tags: null },
    ],
    [
      'https://hn.algolia.com/api/v1/search?query=x&tags=comment',
      null,
      { kind: 'search', query: 'x', tags: 'comment' },
    ],
    [
      'https://bsky.app/profile/someone.bsky.social/post/3kabc',
      null,
      { platform: 'bluesky', kind: 'post', actor: 'someone.bsky.social', postKey: '3kabc' },
    ],
    ['https://bsky.app/profile/did:plc:abc', null, { platform: 'bluesky', kind: 'account', actor: 'did:plc:abc' }],
    ['https://bsky.app/search?q=tides', null, { platform: 'bluesky', kind: 'search', query: 'tides' }],
    [
      'https://toot.example/@someone/1123',
      'mastodon',
      { platform: 'mastodon', kind: 'status', statusId: '1123', origin: 'https://toot.example' },
    ],
    ['https://toot.example/tags/Tides', 'mastodon', { kind: 'tag', tag: 'Tides' }],
    ['https://toot.example/@someone', 'mastodon', { kind: 'account', account: 'someone' }],
    ['https://forum.example/t/a-topic/2871', 'discourse', { platform: 'discourse', kind: 'topic', topicId: '2871' }],
    ['https://forum.example/t/2871/15', 'discourse', { kind: 'topic', topicId: '2871' }],
    ['https://forum.example/t/a-topic/2871/15.json', 'discourse', { kind: 'topic', topicId: '2871' }],
    [
      'https://board.example/viewtopic.php?t=318',
      'forum',
      { platform: 'forum', kind: 'thread', url: 'https://board.example/viewtopic.php?t=318' },
    ],
    [
      'https://paper.example/2026/11/story/',
      'comments',
      { platform: 'comments', kind: 'section', url: 'https://paper.example/2026/11/story/' },
    ],
  ] as const)('%s (%s)', (url, platform, expected) => {
    expect(communityTargetOf(url, platform)).toMatchObject(expected);
  });

  it.each([
    ['https://www.reddit.com/r/hardware/.rss', null],
    ['https://hn.algolia.com/api/v1/items/8863', null],
    ['https://toot.example/@someone/1123', null],
    ['http://127.0.0.1:8000/reddit/r/hardware/comments/1kx9v0q.json', 'reddit'],
    ['http://127.0.0.1:8000/discourse/t/topic/2871.json', 'discourse'],
    ['http://127.0.0.1:8000/mastodon/harbor.social/api/v1/timelines/tag/HarborCity', 'mastodon'],
    ['not a url', 'reddit'],
    ['https://board.example/viewtopic.php?t=318', null],
    ['ftp://board.example/viewtopic.php?t=318', 'forum'],
  ] as const)('names no target for %s (%s): fetched as it is', (url, platform) => {
    expect(communityTargetOf(url, platform)).toBeNull();
  });
});
