/**
 * @module sources/platforms/discourse-urls
 * Discourse's URLs on any site: a topic.
 */
import type { CommunityUrls } from './community-urls.js';

/** What a Discourse URL names; `origin` is the site. */
export type DiscourseTarget = { platform: 'discourse'; kind: 'topic'; origin: string; topicId: string };

/** Discourse runs on any host: a topic URL counts when a source says `discourse`; `/t/<slug>/<id>` always does. */
export const discourseUrls: CommunityUrls<DiscourseTarget> = {
  hosts: null,
  communityHosts: null,
  communityPaths: /^\/t\/[^/]+\/\d+/i,
  targetOf: discourseTarget,
  // Discourse's /site.json lists `categories` and names its `default_archetype`.
  probe: {
    path: '/site.json',
    looksRight: (json) => Array.isArray(json.categories) && 'default_archetype' in json,
  },
};

function discourseTarget(url: URL): DiscourseTarget | null {
  // /t/<slug>/<id>[/<post>] or /t/<id>[.json]; a slug always holds a non-digit, so /t/<id>/<post> is not misread.
  const topic = /^\/t\/(?:[^/]*[^/\d][^/]*\/)?(\d+)(?:\/\d+)?(?:\.json)?\/?$/.exec(url.pathname);
  return topic ? { platform: 'discourse', kind: 'topic', origin: url.origin, topicId: topic[1]! } : null;
}
