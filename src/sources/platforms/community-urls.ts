/**
 * @module sources/platforms/community-urls
 * The shape of a community platform's entry in the URL table (platform-urls.ts): which URLs are its,
 * what a URL names for its connector, and how a site on any host shows it runs the platform.
 */
import type { CommunityPlatform } from '../../model/index.js';

/** A GET on a site's origin whose JSON answer shows the site runs the platform (`sources add` probes these). */
export interface InstanceProbe {
  /** Path asked on the URL's origin, e.g. `/api/v1/instance`. */
  path: string;
  /** True when the parsed JSON object is this platform's answer. */
  looksRight(json: Record<string, unknown>): boolean;
}

/** How one community platform's URLs are recognised. No network. */
export interface CommunityUrls<Target extends { platform: CommunityPlatform }> {
  /**
   * Hosts that are this platform whatever a source says (reddit.com); null for a platform that runs
   * on any host (Mastodon, Discourse, forums), whose URLs count only when the source names the platform.
   */
  hosts: RegExp | null;
  /** Hostnames (API hosts included) whose every URL is community discussion, for `kindOfUrl`; null: none. */
  communityHosts: RegExp | null;
  /** URL paths that are this platform's discussion on any host, for `kindOfUrl`; null: none. */
  communityPaths: RegExp | null;
  /** What the URL names for the connector, or null when it names nothing the connector knows. */
  targetOf(url: URL): Target | null;
  /** How a site shows it runs the platform; absent when the platform cannot be told by probing. */
  probe?: InstanceProbe;
}
