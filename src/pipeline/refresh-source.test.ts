import { describe, expect, it } from 'vitest';
import { FetchError } from '../fetch/fetch-error.js';
import type { Fetcher } from '../fetch/fetched-page.js';
import { InMemoryRecordStore } from '../test-support/in-memory-record-store.js';
import { refreshAllSources, waitingSources } from './refresh-all-sources.js';
import { BACKOFF_BASE_MS } from '../fetch/next-due-after-failure.js';
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
    expect(last).toMatchObject({
      status: 'paused',
      error: expect.stringMatching(/paused after 5 failed fetches in a row .*sources resume .*HTTP 503/),
    });
    expect((await store.sourceById(source.id))!.status).toBe('paused');
    expect(await refreshAllSources({ store, fetcher: down, now })).toEqual([]);
    expect(waitingSources(await store.listSources(), now())).toEqual([
      {
        sourceId: source.id,
        url: source.url,
        status: 'paused',
        reason: expect.stringMatching(/^paused after 5 failed fetches/),
        nextDueAt: null,
      },
    ]);
  });
});

describe('refreshSource on 410 Gone and on a 304 it did not ask for', () => {
  it('pauses a source at once when the server says it is gone (410), keeping its records', async () => {
    const store = new InMemoryRecordStore(now);
    const source = await store.addSource({ url: 'https://gone.example/feed.xml', kind: 'press', platform: 'feed' });
    const gone: Fetcher = {
      async fetchPage(url) {
        throw new FetchError('http-status', `HTTP 410 from ${url}`, { url, status: 410 });
      },
    };
    const outcome = await refreshSource(source, { store, fetcher: gone, now });
    expect(outcome).toMatchObject({
      status: 'paused',
      error: expect.stringMatching(/gone for good \(410\).*sources resume/),
    });
    expect((await store.sourceById(source.id))!).toMatchObject({ status: 'paused', consecutiveFailures: 1 });
  });

  it('takes a 304 sent without validators as "nothing new", stores nothing and loses nothing', async () => {
    const store = new InMemoryRecordStore(now);
    const source = await store.addSource({ url: 'https://odd.example/feed.xml', kind: 'press', platform: 'feed' });
    const unasked: Fetcher = {
      async fetchPage(url, conditional) {
        expect(conditional?.etag ?? null).toBeNull();
        return {
          url,
          requestedUrl: url,
          status: 304,
          notModified: true,
          body: new Uint8Array(),
          contentType: null,
          etag: null,
          lastModified: null,
          fetchedAt: now().toISOString(),
        };
      },
    };
    expect(await refreshSource(source, { store, fetcher: unasked, now })).toMatchObject({ status: 'not-modified' });
    expect((await store.sourceById(source.id))!).toMatchObject({ status: 'ok', lastError: null });
    expect(await store.listRecords()).toEqual([]);
  });
});

describe('refreshSource backoff', () => {
  it('sets the next due time by exponential backoff, skips the source until then, and clears it on success', async () => {
    let clock = new Date('2026-12-01T00:00:00.000Z');
    const tick = () => clock;
    const store = new InMemoryRecordStore(tick);
    const source = await store.addSource({ url: 'https://down.example/feed.xml', kind: 'press', platform: 'feed' });
    const first = await refreshSource((await store.sourceById(source.id))!, { store, fetcher: down, now: tick });
    expect(first).toMatchObject({
      status: 'failing',
      nextDueAt: new Date(clock.getTime() + BACKOFF_BASE_MS).toISOString(),
    });
    expect(await refreshAllSources({ store, fetcher: down, now: tick })).toEqual([]);
    expect(waitingSources(await store.listSources(), tick())).toEqual([
      {
        sourceId: source.id,
        url: source.url,
        status: 'backing-off',
        reason: expect.stringMatching(/HTTP 503/),
        nextDueAt: new Date(clock.getTime() + BACKOFF_BASE_MS).toISOString(),
      },
    ]);
    clock = new Date(clock.getTime() + BACKOFF_BASE_MS);
    expect(waitingSources(await store.listSources(), tick())).toEqual([]);
    const second = await refreshAllSources({ store, fetcher: down, now: tick });
    expect(second).toMatchObject([
      { status: 'failing', nextDueAt: new Date(clock.getTime() + 2 * BACKOFF_BASE_MS).toISOString() },
    ]);
    const feed =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Up</title><item><title>Back</title><link>https://down.example/1</link><description>Up again</description></item></channel></rss>';
    const up: Fetcher = {
      async fetchPage(url) {
        return {
          requestedUrl: url,
          url,
          status: 200,
          notModified: false,
          contentType: 'application/rss+xml',
          etag: null,
          lastModified: null,
          body: new TextEncoder().encode(feed),
          fetchedAt: clock.toISOString(),
        };
      },
    };
    clock = new Date(clock.getTime() + 2 * BACKOFF_BASE_MS);
    expect(await refreshAllSources({ store, fetcher: up, now: tick })).toMatchObject([{ status: 'ok', inserted: 1 }]);
    expect(await store.sourceById(source.id)).toMatchObject({
      status: 'ok',
      nextDueAt: null,
      consecutiveFailures: 0,
      lastError: null,
    });
  });
});
