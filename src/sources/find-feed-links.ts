/**
 * @module sources/find-feed-links
 * The feeds an HTML page advertises with `<link rel="alternate" type="…">` (the RSS autodiscovery
 * convention, also used for Atom and JSON Feed), resolved against the page URL.
 */
import { parseHTML } from 'linkedom';

/** Feed media types autodiscovery uses (RSS Advisory Board's autodiscovery spec; RFC 4287; jsonfeed.org). */
const FEED_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
]);

/** One advertised feed. */
export interface FeedLink {
  url: string;
  type: string;
  title: string | null;
}

/**
 * Every feed `html` advertises, in document order, each URL once; relative hrefs are resolved
 * against `<base href>` or `pageUrl`. Links whose href is not http(s) are left out. Empty when none.
 */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  const { document } = parseHTML(html);
  let base = pageUrl;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      // An unreadable <base> is ignored, as browsers do.
    }
  }
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    let url: URL;
    try {
      url = new URL(link.getAttribute('href')!, base);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) continue;
    seen.add(url.href);
    links.push({ url: url.href, type, title: link.getAttribute('title') });
  }
  return links;
}
