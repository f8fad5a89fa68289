import { describe, expect, it } from 'vitest';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { createConnectorSessions } from '../fetch/connectors/connector-sessions.js';
import type { ConnectorOptions } from '../fetch/connectors/connector.js';
import {
  pathsSeen,
  refreshHarness,
  startScriptedApi,
  type RefreshHarness,
  type Script,
  type ScriptedRequest,
} from '../test-support/scripted-api.js';
import { refreshSource } from './refresh-source.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

const CLIENT_SECRET = 'reddit-secret-do-not-print';
const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';

type Thing = { kind: string; data: Record<string, unknown> };
const listing = (children: Thing[]) => ({ kind: 'Listing', data: { after: null, children } });
/** A Reddit thread answer (`/comments/<id>.json`) with one comment. */
const redditThread = (id: string) => [
  listing([
    {
      kind: 't3',
      data: {
        id,
        name: `t3_${id}`,
        title: `Thread ${id}`,
        selftext: 'The post',
        author: 'op',
        subreddit: 'test',
        created_utc: 1764547200,
        num_comments: 1,
        score: 3,
      },
    },
  ]),
  listing([
    {
      kind: 't1',
      data: {
        id: `c${id}`,
        name: `t1_c${id}`,
        body: `A comment on ${id}`,
        author: 'u1',
        link_id: `t3_${id}`,
        parent_id: `t3_${id}`,
        subreddit: 'test',
        created_utc: 1764547300,
        score: 1,
        replies: '',
      },
    },
  ]),
];

/** Reddit on one loopback server: the token endpoint, the OAuth API under /oauth, and the public JSON at the root. */
function redditScript(options: {
  tokenStatus?: number;
  oauthStatus?: number;
  tokenRequests: ScriptedRequest[];
}): Script {
  return (url, request) => {
    if (url.pathname === '/api/v1/access_token') {
      options.tokenRequests.push(request);
      if (options.tokenStatus)
        return { status: options.tokenStatus, body: { message: 'Unauthorized', error: options.tokenStatus } };
      return { body: { access_token: 'token-1', token_type: 'bearer', expires_in: 86400, scope: '*' } };
    }
    const thread = /^(\/oauth)?\/comments\/(\w+)\.json$/.exec(url.pathname);
    if (!thread) return undefined;
    if (thread[1] && (options.oauthStatus || request.headers.authorization !== 'bearer token-1'))
      return { status: options.oauthStatus ?? 401, body: { message: 'Unauthorized', error: 401 } };
    return { body: redditThread(thread[2]!) };
  };
}

const redditOptions = (origin: string): Partial<ConnectorOptions> => ({
  redditCredentials: { clientId: 'app-id', clientSecret: CLIENT_SECRET },
  redditOAuthBase: `${origin}/oauth`,
  redditTokenUrl: `${origin}/api/v1/access_token`,
});

describe('Reddit with app credentials', () => {
  it('asks for one app-only token per run and reads every source through the OAuth host with it', async () => {
    const tokenRequests: ScriptedRequest[] = [];
    server = await startScriptedApi(redditScript({ tokenRequests }));
    const connectors = { ...redditOptions(server.origin), sessions: createConnectorSessions() };
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit', connectors);
    const second = await harness.store.addSource({
      url: `${server.origin}/r/test/comments/def/`,
      kind: 'community',
      platform: 'reddit',
    });
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'reddit-thread', records: 2, warnings: [] });
    expect(
      await refreshSource(second, {
        store: harness.store,
        fetcher: harness.fetcher,
        now: () => new Date(),
        connectors,
      }),
    ).toMatchObject({ status: 'ok', records: 2, warnings: [] });
    expect(pathsSeen(server)).toEqual([
      '/api/v1/access_token',
      '/oauth/comments/abc.json?limit=500',
      '/oauth/comments/def.json?limit=500',
    ]);
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]).toMatchObject({ method: 'POST', body: 'grant_type=client_credentials' });
    expect(tokenRequests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from(`app-id:${CLIENT_SECRET}`).toString('base64')}`,
    );
    expect(tokenRequests[0]!.headers['user-agent']).toMatch(
      /^nodejs:undercurrent-\w+:0\.1 \(self-hosted undercurrent\)$/,
    );
  });

  it('falls back to the public endpoints with a readable warning, never the secret, when the token request is refused', async () => {
    server = await startScriptedApi(redditScript({ tokenStatus: 401, tokenRequests: [] }));
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit', redditOptions(server.origin));
    const outcome = await harness.refresh();
    expect(outcome).toMatchObject({
      status: 'ok',
      records: 2,
      warnings: [
        expect.stringMatching(
          /^reddit credentials not used \(.*access_token answered HTTP 401.*\); fetching the public API instead$/,
        ),
      ],
    });
    expect(pathsSeen(server)).toEqual(['/api/v1/access_token', '/comments/abc.json?limit=500']);
    expect(JSON.stringify(outcome)).not.toContain(CLIENT_SECRET);
  });

  it('goes public for the request and the rest of the refresh when the OAuth host refuses the token (expired)', async () => {
    server = await startScriptedApi(redditScript({ oauthStatus: 401, tokenRequests: [] }));
    harness = await refreshHarness(`${server.origin}/r/test/comments/abc/`, 'reddit', redditOptions(server.origin));
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      records: 2,
      warnings: [
        expect.stringMatching(
          /^reddit refused our token \(HTTP 401: expired or revoked\); fetching the public API instead$/,
        ),
      ],
    });
    expect(pathsSeen(server)).toEqual([
      '/api/v1/access_token',
      '/oauth/comments/abc.json?limit=500',
      '/comments/abc.json?limit=500',
    ]);
  });
});

const DID = 'did:plc:testaccount000000000000';
/** A searchPosts answer with one PostView (app.bsky.feed.defs). */
const searchAnswer = (text: string) => ({
  posts: [
    {
      uri: `at://${DID}/app.bsky.feed.post/k1`,
      cid: 'bafyk1',
      author: { did: DID, handle: 'tester.bsky.social', displayName: 'Tester' },
      record: { $type: 'app.bsky.feed.post', text, createdAt: '2026-11-30T10:00:00.000Z' },
      replyCount: 0,
      repostCount: 0,
      likeCount: 1,
      indexedAt: '2026-11-30T10:00:00.000Z',
    },
  ],
});

/** Bluesky on one loopback server: a PDS under /pds (createSession, and reads with the session), the public AppView under /appview. */
function blueskyScript(options: { sessionStatus?: number; expired?: boolean; sessions: ScriptedRequest[] }): Script {
  return (url, request) => {
    if (url.pathname === '/pds/xrpc/com.atproto.server.createSession') {
      options.sessions.push(request);
      if (options.sessionStatus)
        return {
          status: options.sessionStatus,
          body: { error: 'AuthenticationRequired', message: 'Invalid identifier or password' },
        };
      return { body: { did: DID, handle: 'tester.bsky.social', accessJwt: 'access-1', refreshJwt: 'refresh-1' } };
    }
    if (url.pathname === '/pds/xrpc/app.bsky.feed.searchPosts') {
      if (options.expired || request.headers.authorization !== 'Bearer access-1')
        return { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
      return { body: searchAnswer('Seen through the session') };
    }
    if (url.pathname === '/appview/xrpc/app.bsky.feed.searchPosts') return { body: searchAnswer('Seen in public') };
    return undefined;
  };
}

const blueskyOptions = (origin: string): Partial<ConnectorOptions> => ({
  blueskyCredentials: { identifier: 'tester.bsky.social', appPassword: APP_PASSWORD },
  blueskyServiceBase: `${origin}/pds`,
  blueskyApiBase: `${origin}/appview`,
});

describe('Bluesky with an app password', () => {
  it('opens a session with createSession and searches through the PDS with its access token', async () => {
    const sessions: ScriptedRequest[] = [];
    server = await startScriptedApi(blueskyScript({ sessions }));
    harness = await refreshHarness('https://bsky.app/search?q=tides', 'bluesky', blueskyOptions(server.origin));
    expect(await harness.refresh()).toMatchObject({ status: 'ok', format: 'bluesky-posts', records: 1, warnings: [] });
    expect(JSON.parse(sessions[0]!.body)).toEqual({ identifier: 'tester.bsky.social', password: APP_PASSWORD });
    expect((await harness.store.listRecords())[0]!.text).toBe('Seen through the session');
    expect(pathsSeen(server).map((path) => path.split('?')[0])).toEqual([
      '/pds/xrpc/com.atproto.server.createSession',
      '/pds/xrpc/app.bsky.feed.searchPosts',
    ]);
  });

  it('reads the public AppView with a warning when the app password is refused', async () => {
    server = await startScriptedApi(blueskyScript({ sessionStatus: 401, sessions: [] }));
    harness = await refreshHarness('https://bsky.app/search?q=tides', 'bluesky', blueskyOptions(server.origin));
    const outcome = await harness.refresh();
    expect(outcome).toMatchObject({
      status: 'ok',
      records: 1,
      warnings: [
        expect.stringMatching(
          /^bluesky credentials not used \(.*createSession answered HTTP 401.*\); fetching the public API instead$/,
        ),
      ],
    });
    expect((await harness.store.listRecords())[0]!.text).toBe('Seen in public');
    expect(JSON.stringify(outcome)).not.toContain(APP_PASSWORD);
  });

  it('reads the public AppView with a warning when the session token has expired', async () => {
    server = await startScriptedApi(blueskyScript({ expired: true, sessions: [] }));
    harness = await refreshHarness('https://bsky.app/search?q=tides', 'bluesky', blueskyOptions(server.origin));
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      records: 1,
      warnings: [expect.stringMatching(/^bluesky refused our token \(HTTP 400: expired or revoked\)/)],
    });
    expect((await harness.store.listRecords())[0]!.text).toBe('Seen in public');
  });
});
