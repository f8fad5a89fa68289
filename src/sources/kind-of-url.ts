/**
 * @module sources/kind-of-url
 * Press or community, from a URL's shape alone: the community platforms' hosts and API paths
 * (each platform's `communityHosts` and `communityPaths` in PLATFORM_URLS).
 */
import type { RecordKind } from '../model/index.js';
import { PLATFORM_URLS } from './platforms/platform-urls.js';

/** "community" for a community platform's URL, else "press" (feeds and articles). */
export function kindOfUrl(url: string): RecordKind {
  try {
    const { hostname, pathname } = new URL(url);
    const isCommunity = Object.values(PLATFORM_URLS).some(
      (urls) => urls.communityHosts?.test(hostname) || urls.communityPaths?.test(pathname),
    );
    return isCommunity ? 'community' : 'press';
  } catch {
    return 'press';
  }
}
