/**
 * @module sources/detect-source
 * What a URL given to `sources add` is: a community URL told by its shape (no request), a feed, a
 * page that advertises a feed, a Mastodon or Discourse instance told by probing its API, or a page
 * to follow. Never fails: without an answer the URL is kept as given and the reason is returned.
 */
import { defaultKindOf, type ParseInput, type Platform, type RecordKind } from '../model/index.js';
import { INSTANCE_PROBES } from './platforms/platform-urls.js';
import { communityTargetOf } from './community-target.js';
import { findFeedLinks } from './find-feed-links.js';

/** The part of a fetched page detection reads (fetch/'s FetchedPage has it). */
export interface DetectionPage {
  /** URL after redirects. */
  url: string;
  contentType: string | null;
  body: Uint8Array;
}

/**
 * What detection needs from the fetch stage, injected because sources/ comes before fetch/:
 * fetch/'s Fetcher fits. `fetchPage` rejects when the page cannot be had (refused, failed, not 2xx).
 */
export interface DetectionFetcher {
  fetchPage(url: string, conditional?: undefined, request?: { accept?: string }): Promise<DetectionPage>;
}

/** The name of the format whose parser reads a payload (`rss`, `reddit-listing`…), null when none does (parse/'s payloadFormatOf). */
export type PayloadFormatOf = (input: ParseInput) => { format: string; platform: Platform | null } | null;

export interface DetectionOptions {
  fetcher: DetectionFetcher;
  formatOf: PayloadFormatOf;
  /** A platform given by the person (`--platform`): taken as is, no request. */
  platform?: Platform | null;
}

/** How the answer was reached. */
export type DetectionMethod = 'override' | 'url-shape' | 'payload' | 'feed-link' | 'api-probe' | 'page' | 'unreachable';

export interface DetectedSource {
  /** The URL to register: the given one, or the feed a page advertises. */
  url: string;
  /** Null when nothing could be fetched: the first fetch's payload decides. */
  platform: Platform | null;
  kind: RecordKind;
  method: DetectionMethod;
  /** One line for the person adding it: what was found, or why nothing could be. */
  note: string;
}

/** Payload formats that mean "a feed" (parse/feed/). */
const FEED_FORMATS: ReadonlySet<string> = new Set(['rss', 'atom', 'json-feed']);
/**
 * Steps: (1) `--platform` wins, no request; (2) a Reddit, HN or Bluesky URL shape, no request;
 * (3) fetch the URL: a feed or community payload names itself; (4) probe `/api/v1/instance`
 * (Mastodon) and `/site.json` (Discourse) on the URL's origin; (5) a page's `<link rel="alternate">`
 * feed; (6) else a page to follow. Any fetch failure in (3) ends with the URL kept as given.
 */
export async function detectSource(url: string, options: DetectionOptions): Promise<DetectedSource> {
  const { fetcher, formatOf } = options;
  const result = (platform: Platform | null, method: DetectionMethod, note: string, at = url): DetectedSource => ({
    url: at,
    platform,
    kind: platform ? defaultKindOf(platform) : 'press',
    method,
    note,
  });
  if (options.platform) return result(options.platform, 'override', `platform ${options.platform}, as given`);
  const shaped = communityTargetOf(url, null);
  if (shaped) return result(shaped.platform, 'url-shape', `a ${shaped.platform} ${shaped.kind}, told by its URL`);
  let page: DetectionPage;
  try {
    page = await fetcher.fetchPage(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return result(
      null,
      'unreachable',
      `could not check it now (${reason}); stored as given, and its first fetch will report any problem`,
    );
  }
  const read = formatOf({ bytes: page.body, contentType: page.contentType, url: page.url });
  if (read && FEED_FORMATS.has(read.format)) return result('feed', 'payload', `a feed (${read.format})`);
  if (read?.platform) return result(read.platform, 'payload', `a ${read.platform} payload (${read.format})`);
  const probed = await probeInstance(new URL(url).origin, fetcher);
  if (probed) return result(probed, 'api-probe', `a ${probed} site, recognised by its API`);
  const html = new TextDecoder().decode(page.body);
  const [feed] = /html/i.test(page.contentType ?? '') || /^\s*</.test(html) ? findFeedLinks(html, page.url) : [];
  if (feed)
    return result(
      'feed',
      'feed-link',
      `the page advertises a feed${feed.title ? ` ("${feed.title}")` : ''}; following that`,
      feed.url,
    );
  return result('web', 'page', 'a page to follow (no feed advertised)');
}

/** The first community platform whose instance probe (`platforms/`) answers as that platform does, else null. */
async function probeInstance(origin: string, fetcher: DetectionFetcher): Promise<Platform | null> {
  for (const probe of INSTANCE_PROBES) {
    let page: DetectionPage;
    try {
      page = await fetcher.fetchPage(`${origin}${probe.path}`, undefined, { accept: 'application/json' });
    } catch {
      continue; // No answer from the API is a no, as a failed fetch is anywhere in detection.
    }
    try {
      const json = JSON.parse(new TextDecoder().decode(page.body)) as unknown;
      if (typeof json === 'object' && json !== null && probe.looksRight(json as Record<string, unknown>))
        return probe.platform;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  return null;
}
