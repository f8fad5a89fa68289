/**
 * @module parse/article-html-parser
 * The fallback reader: an HTML page becomes one `web` record holding its readable article.
 */
import type { ParsedRecord } from '../model/index.js';
import { canonicalizeUrl } from '../extract/canonicalize-url.js';
import { extractArticle } from '../extract/extract-article.js';
import { ParseError, type DecodedPayload, type ParseResult, type PayloadParser } from './payload-parser.js';

/** How much of the text is sniffed for HTML markers (WHATWG MIME sniffing looks at the first 512 bytes; pages with long preambles need more). */
const HTML_SNIFF_CHARS = 2048;

const HTML_MARKERS = /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>]|article[\s>])/i;

/** The article-page reader (format id `article-html`, platform `web`). Tried last. */
export const articleHtmlParser: PayloadParser = {
  format: 'article-html',
  detect(payload: DecodedPayload): boolean {
    if (payload.json !== undefined) return false;
    if (/^\s*(text\/html|application\/xhtml\+xml)/i.test(payload.contentType ?? '')) return true;
    return HTML_MARKERS.test(payload.text.slice(0, HTML_SNIFF_CHARS));
  },
  parse(payload: DecodedPayload): ParseResult {
    const stand = standInPage(payload.text);
    if (stand)
      throw new ParseError(
        'not-an-article',
        `the page is ${stand}, served as if it were content; nothing was stored from it`,
      );
    const article = extractArticle(payload.text, payload.url);
    if (!article) {
      return {
        format: 'article-html',
        title: null,
        records: [],
        warnings: ['no article-like content found in the page'],
      };
    }
    const canonicalUrl = canonicalizeUrl(article.canonicalUrl ?? payload.url ?? '') ?? article.canonicalUrl;
    const externalId = canonicalUrl ?? payload.url;
    if (!externalId) {
      return {
        format: 'article-html',
        title: article.siteName,
        records: [],
        warnings: ['article has neither a canonical URL nor a payload URL to identify it'],
      };
    }
    const record: ParsedRecord = {
      externalId,
      platform: 'web',
      url: payload.url ?? article.canonicalUrl,
      canonicalUrl,
      title: article.title,
      author: article.author,
      publishedAt: article.publishedAt,
      text: article.text,
      threadExternalId: null,
      parentExternalId: null,
      engagement: {},
      language: article.language,
      venue: article.siteName ?? hostOf(payload.url ?? article.canonicalUrl),
    };
    return { format: 'article-html', title: article.siteName, records: [record], warnings: [] };
  },
};

/**
 * Pages a server sends with status 200 that are not content: "soft 404s" and bot challenges. Matched
 * on the title or first heading, and only on short pages, so an article about a 404 error is still read.
 */
const STAND_IN_PAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:404|page not found|not found|page (?:does not|doesn't) exist|no longer available|gone)\b/i,
    'an error page ("not found")',
  ],
  [
    /\b(?:just a moment|attention required|checking (?:if the site connection is secure|your browser)|verify you are (?:a )?human|are you a robot|access denied|captcha|ddos protection)\b/i,
    'a bot-challenge or access-denied page',
  ],
];
/** A stand-in page says little; real articles run longer than this many words. */
const STAND_IN_MAX_WORDS = 120;

function standInPage(html: string): string | null {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  const words = html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/gi, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  if (words > STAND_IN_MAX_WORDS) return null;
  for (const [pattern, description] of STAND_IN_PAGES) if (pattern.test(`${title} ${heading}`)) return description;
  return null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
