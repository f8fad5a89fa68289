import { describe, expect, it } from 'vitest';
import { makeRecord } from '../model/__fixtures__/make-record.js';
import {
  EDITION_ACTIVE_DAYS,
  MAX_EDITION_STORIES,
  recordsInEditionWindow,
  selectEditionStories,
} from './edition-window.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, 30) - n * 86_400_000).toISOString();

describe('recordsInEditionWindow', () => {
  it('keeps recent threads whole, with an old root whose comments are new, and leaves old threads out', () => {
    const oldRoot = makeRecord({ externalId: 'root', publishedAt: day(90), text: 'An old article.' });
    const newReply = makeRecord({
      externalId: 'reply',
      publishedAt: day(1),
      text: 'A new comment.',
      threadId: oldRoot.id,
      parentId: oldRoot.id,
    });
    const stale = makeRecord({
      externalId: 'stale',
      publishedAt: day(EDITION_ACTIVE_DAYS + 30),
      text: 'Nobody speaks of this now.',
    });
    const fresh = makeRecord({ externalId: 'fresh', publishedAt: day(0), text: 'Today.' });
    const kept = recordsInEditionWindow([oldRoot, newReply, stale, fresh]).map((record) => record.id);
    expect(kept).toEqual([oldRoot.id, newReply.id, fresh.id]);
  });
});

describe('selectEditionStories', () => {
  it('writes the stories still active, largest first, up to the cap', () => {
    const recent = makeRecord({ externalId: 'recent', publishedAt: day(0) });
    const old = makeRecord({ externalId: 'old', publishedAt: day(EDITION_ACTIVE_DAYS + 1) });
    const byId = new Map([recent, old].map((record) => [record.id, record]));
    const clusters = [
      { id: 'story-old', recordIds: [old.id] },
      { id: 'story-recent', recordIds: [recent.id] },
    ];
    expect(selectEditionStories(clusters, byId).map((cluster) => cluster.id)).toEqual(['story-recent']);
    const many = Array.from({ length: MAX_EDITION_STORIES + 5 }, (_, index) => ({
      id: `story-${index}`,
      recordIds: [recent.id],
    }));
    expect(selectEditionStories(many, byId)).toHaveLength(MAX_EDITION_STORIES);
  });
});
