import { describe, expect, it } from 'vitest';
import { defaultKindOf, PLATFORMS, platformName } from './platform.js';

describe('the platform roster', () => {
  it('lists the platforms in the order the CLI names them', () => {
    expect(PLATFORMS).toEqual([
      'feed',
      'web',
      'reddit',
      'hackernews',
      'bluesky',
      'mastodon',
      'discourse',
      'forum',
      'comments',
    ]);
  });

  it('makes feeds and pages press and every other platform community', () => {
    expect(PLATFORMS.filter((platform) => defaultKindOf(platform) === 'press')).toEqual(['feed', 'web']);
  });

  it('names each platform for readers', () => {
    expect(PLATFORMS.map(platformName)).toEqual([
      'News feed',
      'Web article',
      'Reddit',
      'Hacker News',
      'Bluesky',
      'Mastodon',
      'Discourse',
      'Forum',
      'Comment section',
    ]);
  });
});
