import { describe, expect, it } from 'vitest';
import { recordIdFor, type SourceRecord } from '../model/index.js';
import { linkThreadReferences } from './link-thread-references.js';

function record(partial: Partial<SourceRecord> & Pick<SourceRecord, 'id' | 'platform' | 'externalId'>): SourceRecord {
  return {
    kind: 'press',
    sourceId: null,
    url: null,
    canonicalUrl: null,
    title: null,
    author: null,
    publishedAt: null,
    fetchedAt: '2026-11-01T00:00:00.000Z',
    text: 'text',
    threadId: null,
    parentId: null,
    engagement: {},
    language: null,
    venue: null,
    rawHash: 'h',
    ...partial,
  };
}

describe('linkThreadReferences', () => {
  it('points comments fetched before their article at the article once both are present', () => {
    const articleUrl = 'https://news.example/2026/11/story.html';
    const article = record({ id: 'web-a', platform: 'web', externalId: articleUrl, canonicalUrl: articleUrl });
    const dangling = recordIdFor('comments', articleUrl);
    const comment = record({
      id: 'comments-1',
      platform: 'comments',
      externalId: 'c1',
      threadId: dangling,
      parentId: dangling,
    });
    const [, linked] = linkThreadReferences([article, comment]);
    expect(linked!.threadId).toBe('web-a');
    expect(linked!.parentId).toBe('web-a');
  });

  it('leaves links that already resolve, and links with no match, as they are', () => {
    const root = record({ id: 'reddit-root', platform: 'reddit', externalId: 't3_x' });
    const reply = record({
      id: 'reddit-r',
      platform: 'reddit',
      externalId: 't1_y',
      threadId: 'reddit-root',
      parentId: 'reddit-gone',
    });
    const [, linked] = linkThreadReferences([root, reply]);
    expect(linked).toEqual(reply);
  });
});
