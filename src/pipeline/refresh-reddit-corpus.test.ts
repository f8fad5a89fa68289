import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordIdFor } from '../model/index.js';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import { pathsSeen, refreshHarness, startScriptedApi, type RefreshHarness } from '../test-support/scripted-api.js';
import {
  REDDIT_MAX_MORE_REQUESTS,
  REDDIT_MORE_CHILDREN_PER_REQUEST,
  REDDIT_THREAD_COMMENT_LIMIT,
} from '../fetch/connectors/reddit-connector.js';
import { moreChildrenAnswer, requestedChildren, type Thing } from './__fixtures__/reddit-things.js';

const REDDIT_CORPUS = path.resolve(process.cwd(), '../shared/corpora/community-discussions/reddit');
const hasCorpus = existsSync(path.join(REDDIT_CORPUS, 'r_announcements_n49rw_thread.json'));
if (!hasCorpus) console.warn(`skipping the Reddit corpus replay: ${REDDIT_CORPUS} is absent`);

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

describe('the Reddit connector on a recorded thread', () => {
  it.skipIf(!hasCorpus)(
    'replays a real 1,412-comment thread: the .json, then its more stubs through /api/morechildren, 100 ids at a time, with a Reddit-style User-Agent',
    async () => {
      const thread = readFileSync(path.join(REDDIT_CORPUS, 'r_announcements_n49rw_thread.json'), 'utf8');
      const followUps = readFileSync(path.join(REDDIT_CORPUS, 'r_announcements_n49rw_followups.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      const recorded = new Map<string, Thing>();
      const subtrees = new Map<string, unknown>();
      for (const followUp of followUps) {
        const permalink = /\/comments\/n49rw\/_\/(\w+)/.exec(String(followUp.uri));
        if (followUp.method === 'GET' && permalink) subtrees.set(permalink[1]!, followUp.response);
        for (const thing of (followUp.response?.json?.data?.things ?? []) as Thing[])
          recorded.set(String(thing.data.id), thing);
      }
      server = await startScriptedApi((url) => {
        if (url.pathname === '/comments/n49rw.json') return { body: thread };
        if (url.pathname === '/api/morechildren.json')
          return { body: moreChildrenAnswer(requestedChildren(url).flatMap((id) => recorded.get(id) ?? [])) };
        const subtree = /^\/comments\/n49rw\/_\/(\w+)\.json$/.exec(url.pathname);
        if (subtree && subtrees.has(subtree[1]!)) return { body: subtrees.get(subtree[1]!) };
        return undefined;
      });
      harness = await refreshHarness(`${server.origin}/r/announcements/comments/n49rw/were_back/`, 'reddit');
      const outcome = await harness.refresh();
      expect(outcome).toMatchObject({ status: 'ok', format: 'reddit-thread' });
      const paths = pathsSeen(server);
      expect(paths[0]).toBe(`/comments/n49rw.json?limit=${REDDIT_THREAD_COMMENT_LIMIT}`);
      const moreRequests = paths.filter((seen) => seen.startsWith('/api/morechildren.json'));
      expect(moreRequests.length).toBeGreaterThan(1);
      expect(moreRequests.length).toBeLessThanOrEqual(REDDIT_MAX_MORE_REQUESTS);
      for (const seen of moreRequests)
        expect(requestedChildren(new URL(seen, server.origin)).length).toBeLessThanOrEqual(
          REDDIT_MORE_CHILDREN_PER_REQUEST,
        );
      expect(
        server.seen.every((request) =>
          /^nodejs:undercurrent-[\w-]+:\S+ \(.+\)$/.test(String(request.headers['user-agent'])),
        ),
      ).toBe(true);
      const records = await harness.store.listRecords();
      // 485 comments and the submission in the thread answer; the morechildren answers add more, hanging from stored parents.
      expect(records.length).toBeGreaterThan(486 + 100);
      const fromMore = records.filter(
        (record) => record.rawHash !== records.find((each) => each.externalId === 't3_n49rw')!.rawHash,
      );
      expect(fromMore.length).toBeGreaterThan(0);
      expect(fromMore.every((record) => record.threadId === recordIdFor('reddit', 't3_n49rw'))).toBe(true);
    },
  );
});
