/**
 * @module parse/feed/feed-namespaces
 * Feed elements are matched by their conventional names (`item`, `dc:creator`, `content:encoded`);
 * a feed that binds those namespaces to other prefixes (`<rss:item>`, `<r:channel>`, `<foo:creator>`)
 * has its element names rewritten to the conventional ones, as feedparser does.
 */

/**
 * Namespace URI → the prefix the readers expect ('' for RSS's own elements). The RSS URIs are
 * RSS 0.90's, RSS 1.0's and the ones UserLand and Harvard published for RSS 2.0. Atom is absent
 * on purpose: an RSS feed's `atom:link` must not become its `link`.
 */
const CONVENTIONAL_PREFIXES = new Map([
  ['http://my.netscape.com/rdf/simple/0.9/', ''],
  ['http://purl.org/rss/1.0/', ''],
  ['http://backend.userland.com/rss', ''],
  ['http://backend.userland.com/rss2', ''],
  ['http://blogs.law.harvard.edu/tech/rss', ''],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
]);

/**
 * The renamings a root element's `xmlns:*` declarations call for (written prefix → conventional
 * prefix), or null when every prefix is already the conventional one (nearly every feed).
 */
export function prefixRenamings(attributes: ReadonlyMap<string, string>): Map<string, string> | null {
  let renamings: Map<string, string> | null = null;
  for (const [name, value] of attributes) {
    if (!name.startsWith('xmlns:')) continue;
    const written = name.slice('xmlns:'.length);
    const conventional = CONVENTIONAL_PREFIXES.get(value.trim());
    if (conventional === undefined || conventional === written) continue;
    (renamings ??= new Map()).set(written, conventional);
  }
  return renamings;
}

/** `name` with its prefix renamed per `renamings` (`rss:item` → `item`, `foo:creator` → `dc:creator`). */
export function conventionalName(name: string, renamings: ReadonlyMap<string, string> | null): string {
  if (renamings === null) return name;
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  const prefix = renamings.get(name.slice(0, colon));
  if (prefix === undefined) return name;
  const local = name.slice(colon + 1);
  return prefix === '' ? local : `${prefix}:${local}`;
}
