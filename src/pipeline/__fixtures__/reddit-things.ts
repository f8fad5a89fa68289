/**
 * @module pipeline/__fixtures__/reddit-things
 * Hand-made Reddit API answers for the Reddit refresh tests: a thread t3_abc, its comments, `more`
 * stubs and /api/morechildren answers, and a scripted huge thread.
 */
import { REDDIT_THREAD_COMMENT_LIMIT } from '../../fetch/connectors/reddit-connector.js';
import type { Script } from '../../test-support/scripted-api.js';

/** A Reddit "thing" as the API wraps it: its kind (t1, t3, more, Listing) and its data. */
export type Thing = { kind: string; data: Record<string, unknown> };
/** A one-page Listing of `children`. */
export const listing = (children: Thing[]) => ({ kind: 'Listing', data: { after: null, children } });
/** The submission t3_abc in r/test, with `selftext` as its body. */
export const submission = (selftext = 'The post') => ({
  kind: 't3',
  data: {
    id: 'abc',
    name: 't3_abc',
    title: 'A thread',
    selftext,
    author: 'op',
    subreddit: 'test',
    created_utc: 1764547200,
    num_comments: 3,
    score: 10,
  },
});
/** Comment t1_`id` of thread t3_abc, replying to `parent` (the submission by default). */
export const comment = (id: string, body: string, parent = 't3_abc'): Thing => ({
  kind: 't1',
  data: {
    id,
    name: `t1_${id}`,
    body,
    author: `u_${id}`,
    link_id: 't3_abc',
    parent_id: parent,
    subreddit: 'test',
    created_utc: 1764547300,
    score: 1,
    replies: '',
  },
});
/** A `more` stub holding back `children` ids under the submission. */
export const more = (children: string[]): Thing => ({
  kind: 'more',
  data: {
    id: children[0] ?? '_',
    name: `t1_${children[0] ?? '_'}`,
    parent_id: 't3_abc',
    count: children.length,
    children,
  },
});
/** The /api/morechildren.json answer carrying `things`. */
export const moreChildrenAnswer = (things: Thing[]) => ({ json: { errors: [], data: { things } } });
/** The comment ids a /api/morechildren.json request asks for. */
export const requestedChildren = (url: URL) => (url.searchParams.get('children') ?? '').split(',').filter(Boolean);

/** A thread of `total` comments: the first 500 in the thread answer, the rest behind one `more` stub, served 100 at a time. */
export function hugeThreadScript(total: number): Script {
  const ids = Array.from({ length: total }, (_, index) => `c${index.toString(36)}`);
  const shown = ids.slice(0, REDDIT_THREAD_COMMENT_LIMIT);
  return (url) => {
    if (url.pathname === '/comments/abc.json')
      return {
        body: [
          listing([submission()]),
          listing([...shown.map((id) => comment(id, `Comment ${id}`)), more(ids.slice(shown.length))]),
        ],
      };
    if (url.pathname === '/api/morechildren.json')
      return { body: moreChildrenAnswer(requestedChildren(url).map((id) => comment(id, `Comment ${id}`))) };
    return undefined;
  };
}

