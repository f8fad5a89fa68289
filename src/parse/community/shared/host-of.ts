/**
 * @module parse/community/shared/host-of
 * The host name and origin of a URL, for venues and for building permalinks.
 */

/** The URL's host (`mastodon.social`), or null when it is not an absolute http(s) URL. */
export function hostOf(url: string | null | undefined): string | null {
  return originParts(url)?.host ?? null;
}

/** The URL's host name without its port (`forum.example`), or null when it is not an absolute http(s) URL. */
export function hostNameOf(url: string | null | undefined): string | null {
  return originParts(url)?.hostname ?? null;
}

/** The URL's origin (`https://forum.example`), or null when it is not an absolute http(s) URL. */
export function originOf(url: string | null | undefined): string | null {
  return originParts(url)?.origin ?? null;
}

function originParts(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
