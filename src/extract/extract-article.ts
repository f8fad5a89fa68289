/**
 * @module extract/extract-article
 * Finds the readable article in an HTML page (Mozilla Readability over linkedom) and its metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-to-text.js';
import { readArticleMetadata, type ArticleMetadata } from './read-article-metadata.js';
import { stripFurniture } from './strip-furniture.js';

/** The article found in a page. Text is paragraphs separated by blank lines; any field may be null. */
export interface ExtractedArticle extends ArticleMetadata {
  text: string;
  excerpt: string | null;
}

/**
 * The article in `html`, or null when the page holds nothing article-like. Steps:
 * 1. parse the page with linkedom;
 * 2. read metadata (JSON-LD, meta tags, canonical link) before anything is removed;
 * 3. strip furniture (share bars, newsletter boxes, cookie banners, related lists, author boxes);
 * 4. run Readability and turn its article HTML into paragraphs with htmlToText.
 */
export function extractArticle(html: string, url: string | null): ExtractedArticle | null {
  const { document } = parseHTML(html);
  if (!document.documentElement) return null;
  const metadata = readArticleMetadata(document as never, url);
  stripFurniture(document as never);
  const article = runReadability(document, url);
  if (!article?.content) return null;
  const text = htmlToText(article.content);
  if (text === '') return null;
  return {
    title: clean(article.title) ?? metadata.title,
    author: metadata.author ?? clean(article.byline),
    text,
    excerpt: clean(article.excerpt),
    siteName: metadata.siteName ?? clean(article.siteName),
    language: metadata.language ?? clean(article.lang),
    publishedAt: metadata.publishedAt,
    modifiedAt: metadata.modifiedAt,
    canonicalUrl: metadata.canonicalUrl,
    leadImage: metadata.leadImage,
  };
}

/** Readability's result for a linkedom document; null when it finds no article or fails on the markup. */
export function runReadability(document: unknown, url: string | null): ReturnType<Readability['parse']> {
  try {
    const reader = new Readability(withBaseUri(document, url) as ConstructorParameters<typeof Readability>[0]);
    return reader.parse();
  } catch {
    return null;
  }
}

/** Readability resolves relative links against `document.baseURI`, which linkedom leaves unset. */
function withBaseUri(document: unknown, url: string | null): unknown {
  if (url && document && typeof document === 'object' && !('baseURI' in document && (document as { baseURI?: string }).baseURI)) {
    try {
      Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
    } catch {
      // A read-only baseURI only costs relative links in the article HTML, which we drop anyway.
    }
  }
  return document;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
