/**
 * @module extract/read-article-metadata
 * Reads an article page's metadata (dates, canonical URL, image, site, author, language) from
 * JSON-LD, Open Graph / article meta tags, `<link rel=canonical>` and `<time datetime>`.
 */
import type { PageFacts } from './parse-page-tree.js';

/** The schema.org types whose JSON-LD object describes the article itself. */
const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|LiveBlogPosting|WebPage)$/;

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

type JsonObject = Record<string, unknown>;

/**
 * Reads the page's own account of itself. Precedence, most specific first: JSON-LD article object,
 * then Open Graph / article meta tags, then plain meta tags, then markup (`<title>`, `<time>`, `<html lang>`).
 * Relative URLs resolve against `url`.
 */
export function readArticleMetadata(facts: PageFacts, url: string | null): ArticleMetadata {
  const ld = articleJsonLd(facts.jsonLd);
  const meta = (key: string): string | null => metaContent(facts.metas, key);
  const canonicalLink = facts.links.find((link) => /(^|\s)canonical(\s|$)/i.test(link.rel ?? ''))?.href ?? null;
  return {
    title:
      clean(stringOf(ld?.headline)) ??
      meta('og:title') ??
      meta('twitter:title') ??
      withoutSiteSuffix(clean(facts.title)),
    author:
      nameOf(ld?.author) ??
      meta('author') ??
      nameOfMeta(meta('article:author')) ??
      meta('parsely-author') ??
      meta('dc.creator'),
    siteName: meta('og:site_name') ?? nameOf(ld?.publisher) ?? meta('application-name'),
    language:
      clean(facts.language) ??
      meta('content-language') ??
      clean(stringOf(ld?.inLanguage)) ??
      meta('og:locale')?.replace('_', '-') ??
      null,
    publishedAt:
      isoDate(stringOf(ld?.datePublished)) ??
      isoDate(meta('article:published_time')) ??
      isoDate(meta('datePublished')) ??
      isoDate(meta('date')) ??
      isoDate(meta('dc.date')) ??
      isoDate(clean(facts.times[0])),
    modifiedAt:
      isoDate(stringOf(ld?.dateModified)) ??
      isoDate(meta('article:modified_time')) ??
      isoDate(meta('og:updated_time')) ??
      isoDate(meta('dateModified')),
    canonicalUrl: absolute(clean(canonicalLink), url) ?? absolute(meta('og:url'), url),
    leadImage: absolute(meta('og:image') ?? imageOf(ld?.image) ?? meta('twitter:image'), url),
  };
}

/**
 * A `<title>` usually ends (or starts) with the site's name after a separator: "Story | Site".
 * The longest segment is kept when it has at least MIN_TITLE_WORDS words (Readability keeps the
 * part before the last separator under the same condition); otherwise the whole title stays.
 */
function withoutSiteSuffix(title: string | null): string | null {
  if (!title) return null;
  const segments = title
    .split(TITLE_SEPARATOR)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (segments.length < 2) return title;
  const longest = segments.reduce((best, segment) => (segment.length > best.length ? segment : best));
  return longest.split(/\s+/).length >= MIN_TITLE_WORDS ? longest : title;
}

/** Separators between a story's title and its site's name (Readability's `titleSeparators`). */
const TITLE_SEPARATOR = /\s+[|\-–—\\/>»]\s+/;
/** Readability's threshold for a title segment long enough to stand alone. */
const MIN_TITLE_WORDS = 3;

/** The content of the first meta tag whose property, name, itemprop or http-equiv is `key` (case-insensitive). */
function metaContent(metas: PageFacts['metas'], key: string): string | null {
  for (const tag of metas) {
    const names = [tag.property, tag.name, tag.itemprop, tag['http-equiv']];
    if (names.some((name) => name !== undefined && name.toLowerCase() === key.toLowerCase())) {
      const content = clean(tag.content);
      if (content) return content;
    }
  }
  return null;
}

/** `article:author` is often a profile URL; only a name counts as an author. */
function nameOfMeta(value: string | null): string | null {
  return value && !/^https?:/i.test(value) ? value : null;
}

/** The first JSON-LD object typed as an article, looking inside arrays and `@graph`. */
function articleJsonLd(scripts: string[]): JsonObject | null {
  for (const script of scripts) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in an HTML comment or CDATA section, which JSON.parse rejects.
      data = JSON.parse(script.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    const found =
      flatten(data).find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage')) ??
      flatten(data).find((node) => typesOf(node).includes('WebPage') && node.datePublished);
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
