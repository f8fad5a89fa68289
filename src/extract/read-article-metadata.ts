/**
 * @module extract/read-article-metadata
 * Reads an article page's metadata (dates, canonical URL, image, site, author, language) from
 * JSON-LD, Open Graph / article meta tags, `<link rel=canonical>` and `<time datetime>`.
 */

/** The schema.org types whose JSON-LD object describes the article itself. */
const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|LiveBlogPosting|WebPage)$/;

/** What the page says about itself; every field null when the page does not say. */
export interface ArticleMetadata {
  title: string | null;
  author: string | null;
  siteName: string | null;
  language: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

type JsonObject = Record<string, unknown>;

/** Reads the metadata before extraction mutates the document. Relative URLs resolve against `url`. */
export function readArticleMetadata(document: MetaDocument, url: string | null): ArticleMetadata {
  const ld = articleJsonLd(document);
  const meta = (selector: string): string | null => clean(document.querySelector(selector)?.getAttribute('content'));
  return {
    title: clean(stringOf(ld?.headline)) ?? meta('meta[property="og:title"]') ?? clean(document.querySelector('title')?.textContent),
    author: nameOf(ld?.author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    siteName: meta('meta[property="og:site_name"]') ?? nameOf(ld?.publisher),
    language: clean(document.documentElement?.getAttribute('lang')) ?? meta('meta[http-equiv="content-language"]') ?? meta('meta[property="og:locale"]')?.replace('_', '-') ?? null,
    publishedAt:
      isoDate(stringOf(ld?.datePublished)) ?? isoDate(meta('meta[property="article:published_time"]')) ??
      isoDate(meta('meta[itemprop="datePublished"]')) ?? isoDate(clean(document.querySelector('time[datetime]')?.getAttribute('datetime'))),
    modifiedAt: isoDate(stringOf(ld?.dateModified)) ?? isoDate(meta('meta[property="article:modified_time"]')),
    canonicalUrl: absolute(clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), url) ?? absolute(meta('meta[property="og:url"]'), url),
    leadImage: absolute(meta('meta[property="og:image"]') ?? imageOf(ld?.image), url),
  };
}

/** The first JSON-LD object typed as an article, looking inside arrays and `@graph`. */
function articleJsonLd(document: MetaDocument): JsonObject | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let index = 0; index < scripts.length; index += 1) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[index]!.textContent ?? '');
    } catch {
      continue;
    }
    const found = flatten(data).find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage'))
      ?? flatten(data).find((node) => typesOf(node).includes('WebPage') && node.datePublished);
    if (found) return found;
  }
  return null;
}

function flatten(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const node = data as JsonObject;
  return [node, ...(Array.isArray(node['@graph']) ? flatten(node['@graph']) : [])];
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return clean(stringOf((value as JsonObject).name));
  return null;
}

function imageOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as JsonObject).url);
  return null;
}

/** An ISO 8601 UTC string for a machine-readable date, or null when it is not one. */
function isoDate(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
