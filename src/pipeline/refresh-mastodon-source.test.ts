import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { refreshSource } from './refresh-source.js';
import { pathsSeen, refreshHarness, startScriptedApi, type RefreshHarness } from '../test-support/scripted-api.js';
import { MASTODON_MAX_PAGES } from '../fetch/connectors/mastodon-connector.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

/** A Status entity as docs.joinmastodon.org/entities/Status describes it. */
const status = (origin: string, id: string, text: string, inReplyTo: string | null = null) => ({
  id,
  uri: `${origin}/users/tester/statuses/${id}`,
  url: `${origin}/@tester/${id}`,
  created_at: '2026-11-30T10:00:00.000Z',
  in_reply_to_id: inReplyTo,
  content: `<p>${text}</p>`,
  language: 'en',
  replies_count: 0,
  reblogs_count: 0,
  favourites_count: 1,
  account: { id: '1', username: 'tester', acct: 'tester', display_name: 'Tester', url: `${origin}/@tester` },
  reblog: null,
});

describe('the Mastodon connector', () => {
  it("fetches a status and its context; a reply to the status hangs from the status's stored record", async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/api/v1/statuses/100') return { body: status(server!.origin, '100', 'Root') };
      if (url.pathname === '/api/v1/statuses/100/context')
        return {
          body: {
            ancestors: [],
            descendants: [
              status(server!.origin, '101', 'Reply', '100'),
              status(server!.origin, '102', 'Reply to reply', '101'),
            ],
          },
        };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/@tester/100`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'mastodon-status', records: 3, requests: 2 });
    expect(pathsSeen(server)).toEqual(['/api/v1/statuses/100', '/api/v1/statuses/100/context']);
    const records = await harness.store.listRecords();
    const byText = (text: string) => records.find((record) => record.text === text);
    const root = byText('Root')!;
    expect(root.id).toBe(recordIdFor('mastodon', `${server.origin}/users/tester/statuses/100`));
    expect(byText('Reply')).toMatchObject({ parentId: root.id, threadId: root.id });
    expect(byText('Reply to reply')).toMatchObject({ parentId: byText('Reply')?.id, threadId: root.id });
  });

  it('links a context fetched as its own source under a path prefix (as the demo serves it) to the status stored before', async () => {
    const base = '/mastodon/skywatch.social/api/v1/statuses/117';
    server = await startScriptedApi((url) => {
      if (url.pathname === base) return { body: status(server!.origin, '117', 'Root') };
      if (url.pathname === `${base}/context`)
        return { body: { ancestors: [], descendants: [status(server!.origin, '118', 'Reply', '117')] } };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}${base}`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'mastodon-status', records: 1 });
    const context = await harness.store.addSource({
      url: `${server.origin}${base}/context`,
      kind: 'community',
      platform: 'mastodon',
    });
    expect(
      await refreshSource(context, { store: harness.store, fetcher: harness.fetcher, now: () => new Date() }),
    ).toMatchObject({ status: 'ok', format: 'mastodon-context' });
    const records = await harness.store.listRecords();
    const root = records.find((record) => record.text === 'Root')!;
    expect(records.find((record) => record.text === 'Reply')).toMatchObject({ parentId: root.id, threadId: root.id });
  });

  it('pages a tag timeline by max_id and stops at an empty page', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/api/v1/timelines/tag/tides') return undefined;
      const maxId = url.searchParams.get('max_id');
      if (maxId === null)
        return { body: [status(server!.origin, '300', 'Newest'), status(server!.origin, '290', 'Older')] };
      if (maxId === '290') return { body: [status(server!.origin, '280', 'Oldest')] };
      return { body: [] };
    });
    harness = await refreshHarness(`${server.origin}/tags/tides`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', records: 3, requests: 2 });
    expect(pathsSeen(server)).toEqual([
      '/api/v1/timelines/tag/tides?limit=40',
      '/api/v1/timelines/tag/tides?limit=40&max_id=290',
      '/api/v1/timelines/tag/tides?limit=40&max_id=280',
    ]);
  });

  it('stops at its page cap on a timeline that never ends', async () => {
    let next = 10_000;
    server = await startScriptedApi(() => ({ body: [status(server!.origin, String((next -= 1)), `Status ${next}`)] }));
    harness = await refreshHarness(`${server.origin}/tags/busy`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', requests: MASTODON_MAX_PAGES });
  });

  it('looks an account up by name, then pages its statuses', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/api/v1/accounts/lookup')
        return url.searchParams.get('acct') === 'tester'
          ? { body: { id: '77', username: 'tester', acct: 'tester' } }
          : undefined;
      if (url.pathname === '/api/v1/accounts/77/statuses')
        return { body: url.searchParams.has('max_id') ? [] : [status(server!.origin, '500', 'Own post')] };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/@tester`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      format: 'mastodon-timeline',
      records: 1,
      requests: 1,
    });
    expect(pathsSeen(server)).toEqual([
      '/api/v1/accounts/lookup?acct=tester',
      '/api/v1/accounts/77/statuses?limit=40',
      '/api/v1/accounts/77/statuses?limit=40&max_id=500',
    ]);
  });
});
