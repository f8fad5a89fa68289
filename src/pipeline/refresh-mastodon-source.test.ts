import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { pathsSeen, refreshHarness, startScriptedApi, type RefreshHarness } from './__fixtures__/scripted-api.js';
import { MASTODON_MAX_PAGES } from '../fetch/connectors/mastodon-connector.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(() => harness?.fetcher, () => server);

/** A Status entity as docs.joinmastodon.org/entities/Status describes it. */
const status = (origin: string, id: string, text: string, inReplyTo: string | null = null) => ({
  id, uri: `${origin}/users/tester/statuses/${id}`, url: `${origin}/@tester/${id}`, created_at: '2026-11-30T10:00:00.000Z',
  in_reply_to_id: inReplyTo, content: `<p>${text}</p>`, language: 'en', replies_count: 0, reblogs_count: 0, favourites_count: 1,
  account: { id: '1', username: 'tester', acct: 'tester', display_name: 'Tester', url: `${origin}/@tester` }, reblog: null,
});

describe('the Mastodon connector', () => {
  it('fetches a status and its context; a reply names the status by its REST address, as the context reader does', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/api/v1/statuses/100') return { body: status(server!.origin, '100', 'Root') };
      if (url.pathname === '/api/v1/statuses/100/context') return { body: { ancestors: [], descendants: [status(server!.origin, '101', 'Reply', '100'), status(server!.origin, '102', 'Reply to reply', '101')] } };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/@tester/100`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'mastodon-status', records: 3, requests: 2 });
    expect(pathsSeen(server)).toEqual(['/api/v1/statuses/100', '/api/v1/statuses/100/context']);
    const records = await harness.store.listRecords();
    const byText = (text: string) => records.find((record) => record.text === text);
    expect(byText('Reply')?.parentId).toBe(recordIdFor('mastodon', `${server.origin}/api/v1/statuses/100`));
    expect(byText('Reply to reply')?.parentId).toBe(byText('Reply')?.id);
  });

  it('pages a tag timeline by max_id and stops at an empty page', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname !== '/api/v1/timelines/tag/tides') return undefined;
      const maxId = url.searchParams.get('max_id');
      if (maxId === null) return { body: [status(server!.origin, '300', 'Newest'), status(server!.origin, '290', 'Older')] };
      if (maxId === '290') return { body: [status(server!.origin, '280', 'Oldest')] };
      return { body: [] };
    });
    harness = await refreshHarness(`${server.origin}/tags/tides`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', records: 3, requests: 2 });
    expect(pathsSeen(server)).toEqual(['/api/v1/timelines/tag/tides?limit=40', '/api/v1/timelines/tag/tides?limit=40&max_id=290', '/api/v1/timelines/tag/tides?limit=40&max_id=280']);
  });

  it('stops at its page cap on a timeline that never ends', async () => {
    let next = 10_000;
    server = await startScriptedApi(() => ({ body: [status(server!.origin, String((next -= 1)), `Status ${next}`)] }));
    harness = await refreshHarness(`${server.origin}/tags/busy`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', requests: MASTODON_MAX_PAGES });
  });

  it('looks an account up by name, then pages its statuses', async () => {
    server = await startScriptedApi((url) => {
      if (url.pathname === '/api/v1/accounts/lookup') return url.searchParams.get('acct') === 'tester' ? { body: { id: '77', username: 'tester', acct: 'tester' } } : undefined;
      if (url.pathname === '/api/v1/accounts/77/statuses') return { body: url.searchParams.has('max_id') ? [] : [status(server!.origin, '500', 'Own post')] };
      return undefined;
    });
    harness = await refreshHarness(`${server.origin}/@tester`, 'mastodon');
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'mastodon-timeline', records: 1, requests: 1 });
    expect(pathsSeen(server)).toEqual(['/api/v1/accounts/lookup?acct=tester', '/api/v1/accounts/77/statuses?limit=40', '/api/v1/accounts/77/statuses?limit=40&max_id=500']);
  });
});
