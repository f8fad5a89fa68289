/**
 * @module parse/feed/feed-html-to-text
 * `htmlToText` for feed content, fast: plain and escaped text is decoded directly, and ordinary
 * markup is read by a one-pass scanner that follows htmlparser2's rules (the parser behind
 * `htmlToText`'s DOM) for tags, attributes, implied end tags and comments. Anything the scanner
 * does not model (scripts, styles, SVG, CDATA, declarations, stray `<`) goes to `htmlToText`.
 */
import { decodeHTML } from 'entities';
import { htmlToText } from '../../extract/html-to-text.js';
import { paragraphsOf } from './paragraphs-of.js';
import { scanHtml } from './scan-html.js';

/** The same text `htmlToText(html)` gives, usually without building a DOM. */
export function feedHtmlToText(html: string): string {
  if (!html.includes('<')) return paragraphsOf(html.includes('&') ? decodeHTML(html) : html);
  return scanHtml(html) ?? htmlToText(html);
}
