/**
 * @module fetch/connectors/find-next-page-link
 * The "next page" link of a paged HTML page (a forum thread, a comment section), read from the raw
 * markup so the fetch stage needs no parser: `rel="next"`, then a "next" anchor, then an anchor to
 * page N+1 of the same address.
 */
import { Parser } from 'htmlparser2';

/** Page markers in an address: `?page=N`, `?cpage=N` (WordPress), `/page-N` or `/pageN` (XenForo, vBulletin), `/comment-page-N/` (WordPress). */
const PAGE_MARKERS: ReadonlyArray<{ pattern: RegExp; where: 'search' | 'path' }> = [
  { pattern: /([?&](?:page|cpage)=)(\d+)/, where: 'search' },
  { pattern: /(\/page-?)(\d+)(\/?)$/, where: 'path' },
  { pattern: /(\/comment-page-)(\d+)(\/?)/, where: 'path' },
];
/** What a "next" anchor says once arrows and spaces are stripped (phpBB, XenForo, vBulletin and WordPress wording). */
const NEXT_WORDS = /^(next|next page|newer comments|more comments|weiter|suivant|siguiente)$/i;
/** An anchor made of arrows alone ("›", "»", "→", ">"). */
const ARROWS_ONLY = /^[›»→>]+$/;
/** Class names engines put on their "next" anchor: `next`, `pageNav-jump--next`, `next page-numbers`. */
const NEXT_CLASS = /(^|[\s-])next($|\s)/i;

interface Anchor {
  href: string;
  rel: string;
  className: string;
  text: string;
}

/**
 * The absolute URL of the page after `pageUrl`, or null when the page shows none. Only http(s)
 * links on the page's own origin count (a "next" link to another site is not the thread's), and
 * never the page itself. Order of trust: `<link rel="next">`, `<a rel="next">`, an anchor whose
 * class or words say "next" and whose address is page-shaped, then an anchor to page N+1 of the
 * same address (`?page=`, `/page-`, `/comment-page-`).
 */
export function findNextPageLink(html: string, pageUrl: string): string | null {
  const { links, anchors } = readLinks(html);
  const current = new URL(pageUrl);
  const usable = (href: string): URL | null => {
    try {
      const url = new URL(href, current);
      url.hash = '';
      return /^https?:$/.test(url.protocol) && url.origin === current.origin && url.href !== withoutHash(current)
        ? url
        : null;
    } catch {
      return null;
    }
  };
  const first = (hrefs: string[]): string | null => hrefs.map(usable).find((url) => url !== null)?.href ?? null;
  const byRel =
    first(links.filter((link) => hasToken(link.rel, 'next')).map((link) => link.href)) ??
    first(anchors.filter((anchor) => hasToken(anchor.rel, 'next')).map((anchor) => anchor.href));
  if (byRel) return byRel;
  const saysNext = (anchor: Anchor) =>
    NEXT_CLASS.test(anchor.className) || NEXT_WORDS.test(anchor.text) || ARROWS_ONLY.test(anchor.text);
  const byWords = first(
    anchors
      .filter((anchor) => saysNext(anchor) && pageNumberOf(usable(anchor.href)) !== null)
      .map((anchor) => anchor.href),
  );
  if (byWords) return byWords;
  const currentNumber = pageNumberOf(current) ?? 1;
  const currentBase = withoutPageMarker(current);
  return first(
    anchors
      .map((anchor) => anchor.href)
      .filter((href) => {
        const url = usable(href);
        return url !== null && pageNumberOf(url) === currentNumber + 1 && withoutPageMarker(url) === currentBase;
      }),
  );
}

/** The page number an address carries (`?page=3`, `/page-3`, `/comment-page-3/`), or null. */
export function pageNumberOf(url: URL | null): number | null {
  if (!url) return null;
  for (const { pattern, where } of PAGE_MARKERS) {
    const match = pattern.exec(where === 'search' ? url.search : url.pathname);
    if (match) return Number(match[2]);
  }
  return null;
}

/** The address with its page marker removed, to compare two pages of one thread. */
function withoutPageMarker(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  for (const name of ['page', 'cpage']) copy.searchParams.delete(name);
  copy.pathname = copy.pathname.replace(/\/page-?\d+\/?$/, '/').replace(/\/comment-page-\d+\/?/, '/');
  return copy.href;
}

function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

function hasToken(list: string, token: string): boolean {
  return list.toLowerCase().split(/\s+/).includes(token);
}

/** Every `<link>` and `<a>` with an href, each anchor with its text (arrows and spaces kept apart). */
function readLinks(html: string): { links: Anchor[]; anchors: Anchor[] } {
  const links: Anchor[] = [];
  const anchors: Anchor[] = [];
  let open: Anchor | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const href = attributes.href;
        if (href === undefined) return;
        const found = { href, rel: attributes.rel ?? '', className: attributes.class ?? '', text: '' };
        if (name === 'link') links.push(found);
        else if (name === 'a') {
          open = found;
          anchors.push(found);
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (name !== 'a' || !open) return;
        open.text =
          open.text
            .replace(/[\s\u00a0]+/g, ' ')
            .trim()
            .replace(/^[‹«←<]\s*|\s*[›»→>]$/g, '')
            .trim() || open.text.trim();
        open = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { links, anchors };
}
