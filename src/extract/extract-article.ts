/**
 * @module extract/extract-article
 * Finds the readable article in an HTML page and its metadata, on a light tree parsed with
 * htmlparser2 (see parse-page-tree): prune furniture, score paragraphs, pick the body, clean it,
 * render its text.
 */
import { cleanArticleBody } from './clean-article-body.js';
import { findArticleBody } from './find-article-body.js';
import { measureElements } from './measure-elements.js';
import { parsePageTree } from './parse-page-tree.js';
import { prunePage } from './prune-page.js';
import { readArticleMetadata, type ArticleMetadata } from './read-article-metadata.js';
import { renderArticleText } from './render-article-text.js';

/** The article found in a page. Text is paragraphs separated by blank lines; any metadata field may be null. */
export interface ExtractedArticle extends ArticleMetadata {
  text: string;
  excerpt: string | null;
}

/**
 * The article in `html`, or null when the page holds nothing article-like. Steps:
 * 1. parse the page into a light tree, collecting meta tags, links, JSON-LD and <time> on the way;
 * 2. read the metadata from those (JSON-LD first, then Open Graph and meta tags, then markup);
 * 3. prune furniture: nav, aside, footer, hidden elements, share/newsletter/related/comment blocks;
 * 4. score paragraphs and pick the body element plus the siblings that continue it;
 * 5. clean link lists and widgets out of the body;
 * 6. render the body as paragraphs, leaving out a heading that repeats the title.
 */
export function extractArticle(html: string, url: string | null): ExtractedArticle | null {
  const { root, facts } = parsePageTree(html);
  const metadata = readArticleMetadata(facts, url);
  prunePage(root, measureElements(root));
  const stats = measureElements(root);
  const found = findArticleBody(root, stats);
  if (!found) return null;
  cleanArticleBody(found.parts, stats, found.scores, found.core);
  const text = renderArticleText(found.parts, metadata.title);
  if (text === '') return null;
  return { ...metadata, text, excerpt: excerptOf(facts.metas, text) };
}

/** The page's own description, else the first paragraph. */
function excerptOf(metas: Array<Record<string, string>>, text: string): string | null {
  const described = metas
    .find((tag) => /^(og:description|description|twitter:description)$/i.test(tag.property ?? tag.name ?? ''))
    ?.content?.replace(/\s+/g, ' ')
    .trim();
  return described || text.split('\n\n')[0] || null;
}
