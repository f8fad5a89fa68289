/**
 * @module fetch/connectors/fetch-community-target
 * Picks the connector for a community target and fills in the options it was not given.
 */
import type { CommunityTarget } from '../../sources/community-target.js';
import type { FetchedPage } from '../fetched-page.js';
import { REDDIT_ORIGIN } from '../../sources/community-target.js';
import { BLUESKY_PUBLIC_API_BASE, fetchBluesky } from './bluesky-connector.js';
import { BLUESKY_SERVICE_BASE } from './bluesky-session.js';
import type { ConnectorContext, ConnectorOptions } from './connector.js';
import { fetchDiscourse } from './discourse-connector.js';
import { fetchHackerNews, HN_ALGOLIA_API_BASE } from './hackernews-connector.js';
import { fetchMastodon } from './mastodon-connector.js';
import { fetchPagedThread } from './paged-thread-connector.js';
import { REDDIT_OAUTH_BASE, REDDIT_TOKEN_URL } from './reddit-app-session.js';
import { fetchReddit } from './reddit-connector.js';

/** The public, unauthenticated endpoints, no credentials; a User-Agent for Reddit built per installation. */
export const DEFAULT_CONNECTOR_OPTIONS: ConnectorOptions = {
  redditUserAgent: null,
  redditApiBase: REDDIT_ORIGIN,
  redditCredentials: null,
  redditOAuthBase: REDDIT_OAUTH_BASE,
  redditTokenUrl: REDDIT_TOKEN_URL,
  hackerNewsApiBase: HN_ALGOLIA_API_BASE,
  blueskyApiBase: BLUESKY_PUBLIC_API_BASE,
  blueskyCredentials: null,
  blueskyServiceBase: BLUESKY_SERVICE_BASE,
  sessions: null,
};

/** Every answer the target's connector fetches, in order. */
export function fetchCommunityTarget(
  target: CommunityTarget,
  context: ConnectorContext,
  options: Partial<ConnectorOptions> = {},
): AsyncGenerator<FetchedPage> {
  const settings = { ...DEFAULT_CONNECTOR_OPTIONS, ...options };
  switch (target.platform) {
    case 'reddit':
      return fetchReddit(target, context, settings);
    case 'hackernews':
      return fetchHackerNews(target, context, settings);
    case 'bluesky':
      return fetchBluesky(target, context, settings);
    case 'mastodon':
      return fetchMastodon(target, context, settings);
    case 'discourse':
      return fetchDiscourse(target, context, settings);
    case 'forum':
    case 'comments':
      return fetchPagedThread(target, context, settings);
  }
}
