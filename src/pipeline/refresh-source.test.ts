import { describe, expect, it } from 'vitest';
import { FetchError } from '../fetch/fetch-error.js';
import type { Fetcher } from '../fetch/fetched-page.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { refreshAllSources } from './refresh-all-sources.js';
import { MAX_CONSECUTIVE_FAILURES, refreshSource } from './refresh-source.js';

const down: Fetcher = {
  async fetchPage(url) {
    throw new FetchError('http-status', `HTTP 503 from ${url}`, { url, status: 503 });
  },
};
const now = () => new Date('2026-12-01T00:00:00.000Z');

describe('refreshSource failures', () => {
  it('counts failures in a row, pauses the source at the limit with the reason, and skips it until resumed', async () => {
    const store = new InMemoryRecordStore(now);
    const source = await store.addSource({ url: 'https://down.example/feed.xml', kind: 'press', platform: 'feed' });
    for (let attempt = 1; attempt < MAX_CONSECUTIVE_FAILURES; attempt += 1) {
      const outcome = await refreshSource((await store.sourceById(source.id))!, { store, fetcher: down, now });
      expect(outcome.status).toBe('failing');
      expect((await store.sourceById(source.id))!.consecutiveFailures).toBe(attempt);
    }
    const last = await refreshSource((await store.sourceById(source.id))!, { store, fetcher: down, now });
    expect(last).toMatchObject({ status: 'paused', error: expect.stringMatching(/paused after 5 failed fetches in a row .*sources resume .*HTTP 503/) });
    expect((await store.sourceById(source.id))!.status).toBe('paused');
    expect(await refreshAllSources({ store, fetcher: down, now })).toEqual([]);
  });
});
