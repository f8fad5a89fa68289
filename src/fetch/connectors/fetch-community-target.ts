/**
 * @module fetch/connectors/fetch-community-target
 * The platform registry's connector table: picks the connector for a community target and fills in
 * the options it was not given.
 */
import type { CommunityPlatform } from '../../model/index.js';
import type { CommunityTarget, PlatformTarget } from '../../sources/community-target.js';
import { REDDIT_ORIGIN } from '../../sources/platforms/reddit-urls.js';
import type { FetchedPage } from '../fetched-page.js';
import { BLUESKY_PUBLIC_API_BASE, fetchBluesky } from './bluesky-connector.js';
import { BLUESKY_SERVICE_BASE } from './bluesky-session.js';
import type { Connector, ConnectorContext, ConnectorOptions } from './connector.js';
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

/**
 * Each community platform's connector, keyed by the ids in model/platform.ts: a platform added there
 * is a compile error here until it has one. Forum threads and comment sections share the paged-page walk.
 */
export const CONNECTORS: { readonly [P in CommunityPlatform]: Connector<PlatformTarget<P>> } = {
  reddit: fetchReddit,
  hackernews: fetchHackerNews,
  bluesky: fetchBluesky,
  mastodon: fetchMastodon,
  discourse: fetchDiscourse,
  forum: fetchPagedThread,
  comments: fetchPagedThread,
};

/** Every answer the target's connector fetches, in order. */
export function fetchCommunityTarget(
  target: CommunityTarget,
  context: ConnectorContext,
  options: Partial<ConnectorOptions> = {},
): AsyncGenerator<FetchedPage> {
  // CONNECTORS' type pairs each platform with a connector for that platform's targets.
  const connector = CONNECTORS[target.platform] as Connector<CommunityTarget>;
  return connector(target, context, { ...DEFAULT_CONNECTOR_OPTIONS, ...options });
}
