/**
 * @module demo/corpus-path-for
 * Maps a request path (with its query) to the corpus file that answers it, so query-string URLs
 * such as `getPostThread?uri=at://…` are served from plain files.
 */
import { posix } from 'node:path';

/**
 * The file that answers a folder URL (`/feed/`) or a path that is also a folder
 * (`/statuses/1` beside `/statuses/1/context`). No extension: the server judges the type from the bytes.
 */
export const DIRECTORY_INDEX = 'index';

/**
 * The corpus-relative file for `pathAndQuery` (`/bsky/xrpc/x?uri=at://a` → `bsky/xrpc/x/uri=at%3A%2F%2Fa`),
 * or null when the path cannot be percent-decoded or holds a NUL byte. Dot segments, encoded or not, are
 * clamped at the corpus root, so the result never leaves it. A trailing slash names `DIRECTORY_INDEX`.
 * A query becomes one extra path segment: its parameters sorted by name, each value percent-encoded
 * with `encodeURIComponent`, so the same query in any encoding maps to the same file.
 */
export function corpusPathFor(pathAndQuery: string): string | null {
  let url: URL;
  try {
    url = new URL(pathAndQuery, 'http://demo.invalid');
  } catch {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += DIRECTORY_INDEX;
  const normalised = posix.normalize(pathname).replace(/^\/+/, '');
  if (normalised === '' || normalised.startsWith('..') || normalised.includes('\0')) return null;
  const query = queryKeyOf(url.searchParams);
  return query === '' ? normalised : `${normalised}/${query}`;
}

/** `b=2&a=1` → `a=1&b=2`, values encoded with encodeURIComponent. Empty for no query. */
export function queryKeyOf(params: URLSearchParams): string {
  return [...params]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}
