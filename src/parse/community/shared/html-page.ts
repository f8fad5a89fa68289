/**
 * @module parse/community/shared/html-page
 * A minimal typed view of a linkedom document, and the page facts forum and comment readers share.
 */
import { parseHTML } from 'linkedom';
import { canonicalizeUrl } from '../../../extract/canonicalize-url.js';
import { hostOf } from './host-of.js';

/** The part of a DOM element the HTML readers use (linkedom implements it; the project has no DOM lib). */
export interface HtmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly parentElement: HtmlElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement> & ArrayLike<HtmlElement>;
  closest(selector: string): HtmlElement | null;
  matches(selector: string): boolean;
  cloneNode(deep: boolean): HtmlElement;
  remove(): void;
}

/** A parsed page: its root element and its `<head>` meta helpers. */
export interface HtmlPage {
  root: HtmlElement;
  /** The `content` of the first meta tag matching `selector`, trimmed, or null. */
  meta(selector: string): string | null;
}

/** Parses a whole HTML page with linkedom. */
export function parseHtmlPage(html: string): HtmlPage {
  const { document } = parseHTML(html);
  const root = (document as unknown as { documentElement: HtmlElement }).documentElement;
  return {
    root,
    meta(selector: string): string | null {
      return cleanText(root.querySelector(selector)?.getAttribute('content'));
    },
  };
}

/** Whitespace collapsed and trimmed; null when empty. */
export function cleanText(text: string | null | undefined): string | null {
  const cleaned = text?.replace(/[\s\u00a0]+/g, ' ').trim();
  return cleaned ? cleaned : null;
}

/** The address a page gives for itself: `<link rel=canonical>`, then `og:url`, then where it was fetched, resolved. */
export function selfUrlOf(page: HtmlPage, payloadUrl: string | null): string | null {
  const declared =
    page.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? page.meta('meta[property="og:url"]');
  for (const candidate of [declared, payloadUrl]) {
    if (!candidate) continue;
    try {
      return new URL(candidate, payloadUrl ?? undefined).href;
    } catch {
      // an unusable candidate: try the next
    }
  }
  return null;
}

/** Title separators sites put between a page's own title and the site name. */
const TITLE_SEPARATOR = /\s+(?:[-|–—•·»:]|::)\s+/;

/**
 * The site's name: `og:site_name`, else the last part of `<title>` after a separator
 * ("Thread - Forum Name"), else the host of `url`.
 */
export function siteNameOf(page: HtmlPage, url: string | null): string | null {
  const declared = page.meta('meta[property="og:site_name"]') ?? page.meta('meta[name="application-name"]');
  if (declared) return declared;
  const title = cleanText(page.root.querySelector('title')?.textContent);
  const parts = title?.split(TITLE_SEPARATOR) ?? [];
  if (parts.length > 1) return parts[parts.length - 1]!;
  return hostOf(url);
}

/** `url` in canonical form, falling back to the url itself when it cannot be canonicalised. */
export function canonicalOrSelf(url: string): string {
  return canonicalizeUrl(url) ?? url;
}
