/**
 * @module fetch/connectors/discourse-connector
 * Discourse: a topic's `/t/:id.json` (its first posts and the ids of all of them), then the rest of
 * the post stream in chunks through `/t/:id/posts.json?post_ids[]=…`.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import { type Connector, JSON_ACCEPT, jsonOf, objectAt } from './connector.js';

type DiscourseTarget = Extract<CommunityTarget, { platform: 'discourse' }>;

/** Posts per chunk: 20, Discourse's own chunk size (TopicView.chunk_size), what its web client asks for. */
export const DISCOURSE_POSTS_PER_REQUEST = 20;
/** Chunk requests per refresh: 50, the first 1,020 posts of a topic, under a minute at one request a second. */
export const DISCOURSE_MAX_CHUNK_REQUESTS = 50;

const request = { accept: JSON_ACCEPT };

/** Fetches a topic and the posts its first answer did not include, up to the cap. */
export const fetchDiscourse: Connector<DiscourseTarget> = async function* (target, context) {
  const topicUrl = `${target.origin}/t/${target.topicId}.json`;
  const first = await context.fetcher.fetchPage(topicUrl, context.conditional, request);
  yield first;
  if (first.notModified) return;
  const stream = objectAt(objectAt(jsonOf(first))?.post_stream);
  const included = new Set((Array.isArray(stream?.posts) ? stream.posts : []).map((post) => objectAt(post)?.id));
  const missing = (Array.isArray(stream?.stream) ? stream.stream : []).filter(
    (id): id is number => Number.isInteger(id) && !included.has(id),
  );
  for (
    let requests = 0;
    requests < DISCOURSE_MAX_CHUNK_REQUESTS && requests * DISCOURSE_POSTS_PER_REQUEST < missing.length;
    requests += 1
  ) {
    const chunk = missing.slice(requests * DISCOURSE_POSTS_PER_REQUEST, (requests + 1) * DISCOURSE_POSTS_PER_REQUEST);
    const query = chunk.map((id) => `post_ids[]=${id}`).join('&');
    yield await context.fetcher.fetchPage(
      `${target.origin}/t/${target.topicId}/posts.json?${query}`,
      undefined,
      request,
    );
  }
};
