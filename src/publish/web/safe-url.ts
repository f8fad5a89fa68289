/**
 * @module publish/web/safe-url
 * Decides whether a URL taken from a record may be printed as a link: only absolute http(s) URLs may.
 */

/** Schemes a reader's browser may follow from our pages; `javascript:`, `data:` and the rest never. */
const LINKABLE_SCHEMES = new Set(['http:', 'https:']);

/** The URL normalised by the WHATWG parser when it is absolute http or https; null otherwise (null, relative, other schemes). */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return LINKABLE_SCHEMES.has(parsed.protocol) ? parsed.href : null;
}
