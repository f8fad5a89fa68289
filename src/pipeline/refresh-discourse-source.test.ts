import { describe, expect, it } from 'vitest';
import type { LocalServer } from '../fetch/__fixtures__/start-local-server.js';
import { closeAfterEach } from '../fetch/__fixtures__/fetch-test-support.js';
import {
  pathsSeen,
  refreshHarness,
  startScriptedApi,
  type RefreshHarness,
  type Script,
} from '../test-support/scripted-api.js';
import { DISCOURSE_MAX_CHUNK_REQUESTS, DISCOURSE_POSTS_PER_REQUEST } from '../fetch/connectors/discourse-connector.js';

let server: LocalServer | undefined;
let harness: RefreshHarness | undefined;
closeAfterEach(
  () => harness?.fetcher,
  () => server,
);

/** A post as Discourse's PostSerializer sends it; post id = 1000 + post number. */
const post = (number: number) => ({
  id: 1000 + number,
  post_number: number,
  topic_id: 7,
  topic_slug: 'a-topic',
  username: `user${number}`,
  created_at: '2026-11-30T10:00:00.000Z',
  cooked: `<p>Post number ${number}</p>`,
  reply_to_post_number: number > 2 ? number - 1 : null,
  reply_count: 0,
  like_count: 0,
});

/** A topic of `total` posts: /t/7.json carries the first 20 and the whole stream of ids; posts.json serves any ids asked for. */
function topicScript(total: number): Script {
  const numbers = Array.from({ length: total }, (_, index) => index + 1);
  return (url) => {
    if (url.pathname === '/t/7.json') {
      return {
        body: {
          id: 7,
          title: 'A topic',
          fancy_title: 'A topic',
          slug: 'a-topic',
          posts_count: total,
          post_stream: { posts: numbers.slice(0, 20).map(post), stream: numbers.map((number) => 1000 + number) },
        },
      };
    }
    if (url.pathname === '/t/7/posts.json') {
      const ids = url.searchParams.getAll('post_ids[]').map(Number);
      return { body: { id: 7, post_stream: { posts: ids.map((id) => post(id - 1000)) } } };
    }
    return undefined;
  };
}

describe('the Discourse connector', () => {
  it('fetches a topic and the rest of its post stream in chunks of 20, keeping the reply tree', async () => {
    server = await startScriptedApi(topicScript(45));
    harness = await refreshHarness(`${server.origin}/t/a-topic/7`, 'discourse');
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      format: 'discourse-topic',
      records: 45,
      inserted: 45,
      requests: 3,
    });
    const chunks = pathsSeen(server)
      .slice(1)
      .map((seen) => new URL(seen, server!.origin).searchParams.getAll('post_ids[]').length);
    expect(chunks).toEqual([DISCOURSE_POSTS_PER_REQUEST, 5]);
    const records = await harness.store.listRecords();
    const byText = (text: string) => records.find((record) => record.text === text);
    expect(byText('Post number 30')?.parentId).toBe(byText('Post number 29')?.id);
  });

  it('handles a 50,000-post topic within its chunk cap', async () => {
    server = await startScriptedApi(topicScript(50_000));
    harness = await refreshHarness(`${server.origin}/t/7.json`, 'discourse');
    expect(await harness.refresh()).toMatchObject({
      status: 'ok',
      requests: 1 + DISCOURSE_MAX_CHUNK_REQUESTS,
      inserted: 20 + DISCOURSE_MAX_CHUNK_REQUESTS * DISCOURSE_POSTS_PER_REQUEST,
    });
  });
});
