/**
 * @module model/platform
 * The roster of platforms, the first table of the platform registry: each platform's id, the kind
 * its sources default to and its name for readers. Every later table (URL recognisers in sources/,
 * connectors in fetch/, parsers in parse/) is keyed by these ids, so the compiler names each table
 * a new platform still needs an entry in. See docs/ARCHITECTURE.md, "Platforms".
 */
import type { RecordKind } from './record-kind.js';

/** What every stage may know about a platform without importing any stage. */
export interface PlatformFacts {
  /** The kind a source on this platform takes when the person adding it does not say. */
  readonly defaultKind: RecordKind;
  /** How the platform is named to readers ("Hacker News", "Comment section"). */
  readonly name: string;
}

/**
 * Every platform, in the order the CLI lists them. `feed` and `web` are press (feeds and article
 * pages, read by one GET); the community platforms each have a URL recogniser, a connector and parsers.
 */
export const PLATFORM_FACTS = {
  feed: { defaultKind: 'press', name: 'News feed' },
  web: { defaultKind: 'press', name: 'Web article' },
  reddit: { defaultKind: 'community', name: 'Reddit' },
  hackernews: { defaultKind: 'community', name: 'Hacker News' },
  bluesky: { defaultKind: 'community', name: 'Bluesky' },
  mastodon: { defaultKind: 'community', name: 'Mastodon' },
  discourse: { defaultKind: 'community', name: 'Discourse' },
  forum: { defaultKind: 'community', name: 'Forum' },
  comments: { defaultKind: 'community', name: 'Comment section' },
} as const satisfies Record<string, PlatformFacts>;

/** Where a record came from: one of PLATFORM_FACTS' ids. */
export type Platform = keyof typeof PLATFORM_FACTS;

/** Every platform id, in PLATFORM_FACTS' order (a tuple, so `z.enum` takes it). */
export const PLATFORMS = Object.keys(PLATFORM_FACTS) as [Platform, ...Platform[]];

/** The platforms whose sources default to community: each has a URL recogniser, a connector and parsers. */
export type CommunityPlatform = {
  [P in Platform]: (typeof PLATFORM_FACTS)[P]['defaultKind'] extends 'community' ? P : never;
}[Platform];

/** The default kind for a platform when the source does not say. */
export function defaultKindOf(platform: Platform): RecordKind {
  return PLATFORM_FACTS[platform].defaultKind;
}

/** The platform's name for readers, e.g. "Hacker News". */
export function platformName(platform: Platform): string {
  return PLATFORM_FACTS[platform].name;
}
