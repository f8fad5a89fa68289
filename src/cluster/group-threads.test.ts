import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import { groupThreads } from './group-threads.js';

describe('groupThreads', () => {
  it('puts a root and the records pointing at it in one unit, oldest first', () => {
    const root = makeRecord({ platform: 'reddit', externalId: 'root', publishedAt: '2026-11-06T09:00:00Z' });
    const reply = makeRecord({
      platform: 'reddit',
      externalId: 'reply',
      publishedAt: '2026-11-06T10:00:00Z',
      threadId: root.id,
      parentId: root.id,
    });
    const alone = makeRecord({ platform: 'feed', externalId: 'alone', publishedAt: '2026-11-05T09:00:00Z' });
    const units = groupThreads([reply, alone, root]);
    expect(units.map((unit) => unit.key)).toEqual([alone.id, root.id]);
    expect(units[1]!.root).toBe(root);
    expect(units[1]!.replies).toEqual([reply]);
  });

  it('keeps comments of an absent root together and anchors them on the earliest', () => {
    const first = makeRecord({
      platform: 'comments',
      externalId: 'c1',
      publishedAt: '2026-11-06T09:00:00Z',
      threadId: 'feed-missing',
      parentId: 'feed-missing',
    });
    const second = makeRecord({
      platform: 'comments',
      externalId: 'c2',
      publishedAt: '2026-11-06T08:00:00Z',
      threadId: 'feed-missing',
      parentId: 'feed-missing',
    });
    const [unit, ...rest] = groupThreads([first, second]);
    expect(rest).toEqual([]);
    expect(unit!.root).toBeNull();
    expect(unit!.anchor).toBe(second);
    expect(unit!.key).toBe('feed-missing');
  });

  it('follows the parent chain when a reply has no thread id', () => {
    const root = makeRecord({ platform: 'forum', externalId: 'topic' });
    const child = makeRecord({ platform: 'forum', externalId: 'child', parentId: root.id });
    const grandchild = makeRecord({ platform: 'forum', externalId: 'grandchild', parentId: child.id });
    expect(groupThreads([grandchild, child, root])).toHaveLength(1);
  });
});
