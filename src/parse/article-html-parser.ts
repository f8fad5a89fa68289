/**
 * @module parse/article-html-parser
 * The fallback reader: an HTML page becomes one `web` record holding its readable article.
 */
import type { ParsedRecord } from '../model/index.js';
import { canonicalizeUrl } from '../extract/canonicalize-url.js';
import { extractArticle } from '../extract/extract-article.js';
import type { DecodedPayload, ParseResult, PayloadParser } from './payload-parser.js';

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
    const article = extractArticle(payload.text, payload.url);
    if (!article) {
      return { format: 'article-html', title: null, records: [], warnings: ['no article-like content found in the page'] };
    }
    const canonicalUrl = canonicalizeUrl(article.canonicalUrl ?? payload.url ?? '') ?? article.canonicalUrl;
    const externalId = canonicalUrl ?? payload.url;
    if (!externalId) {
      return { format: 'article-html', title: article.siteName, records: [], warnings: ['article has neither a canonical URL nor a payload URL to identify it'] };
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

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
