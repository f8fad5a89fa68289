/**
 * @module demo/content-type-of
 * The Content-Type a real server would send for a corpus file, judged from its first bytes:
 * feeds by their root element, JSON Feed by its version URL, other JSON as the APIs send it.
 */

/** How much of a file is looked at: the XML declaration plus a root element's namespaces fit well within it. */
const SNIFF_BYTES = 1024;

const JSON_FEED_VERSION = /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\/1(\.1)?"/;

/** The Content-Type header for `bytes`; `application/octet-stream` when nothing matches. */
export function contentTypeOf(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    return JSON_FEED_VERSION.test(head) ? 'application/feed+json; charset=utf-8' : 'application/json; charset=utf-8';
  }
  const withoutProlog = head.replace(/^<\?xml[^>]*\?>\s*/, '').replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  if (/^<rss[\s>]/.test(withoutProlog)) return 'application/rss+xml; charset=utf-8';
  if (/^<feed[\s>]/.test(withoutProlog)) return 'application/atom+xml; charset=utf-8';
  if (/^<(!doctype html|html)[\s>]/i.test(withoutProlog)) return 'text/html; charset=utf-8';
  return 'application/octet-stream';
}
