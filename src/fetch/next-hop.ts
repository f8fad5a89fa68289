/**
 * @module fetch/next-hop
 * The URLs the fetcher will request: the first one and each redirect target, checked for scheme,
 * credentials, loops and the hop cap before the address guard sees them.
 */
import { FetchError } from './fetch-error.js';

/** Only these schemes are fetched, on the first URL and on every redirect. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** The URL to fetch, or FetchError `invalid-url` / `bad-scheme`. The fragment is dropped: servers never see it. */
export function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new FetchError('invalid-url', `"${text}" is not a valid URL`, { url: text, cause: error });
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    throw new FetchError('bad-scheme', `refused ${url.href}: only http and https URLs are fetched`, { url: url.href });
  }
  url.hash = '';
  return url;
}

/** The redirect target, refused when it is not http(s), carries credentials, is already visited, or is one hop too many. */
export function nextHop(
  from: URL,
  location: string,
  visited: ReadonlySet<string>,
  redirects: number,
  maxRedirects: number,
): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch (error) {
    throw new FetchError('invalid-url', `${from.href} redirected to an invalid URL "${location}"`, {
      url: from.href,
      cause: error,
    });
  }
  if (!ALLOWED_PROTOCOLS.has(target.protocol)) {
    throw new FetchError(
      'bad-scheme',
      `refused redirect from ${from.href} to ${target.href}: only http and https URLs are fetched`,
      { url: from.href },
    );
  }
  // A server cannot hand us credentials to send elsewhere (or echo ours back): such a redirect is refused.
  if (target.username !== '' || target.password !== '') {
    throw new FetchError('forbidden-address', `refused redirect from ${from.href} to a URL carrying credentials`, {
      url: from.href,
    });
  }
  target.hash = '';
  if (visited.has(target.href)) {
    throw new FetchError('redirect-loop', `${from.href} redirects back to ${target.href}, which was already visited`, {
      url: from.href,
    });
  }
  if (redirects > maxRedirects) {
    throw new FetchError('too-many-redirects', `${from.href} redirected more than ${maxRedirects} times; giving up`, {
      url: from.href,
    });
  }
  return target;
}
