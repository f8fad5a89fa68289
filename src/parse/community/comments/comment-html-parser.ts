/**
 * @module parse/community/comments/comment-html-parser
 * Reads the comment section of an article page (WordPress-style `ol.comment-list` of `li.comment`).
 */
import { htmlToText } from '../../../extract/html-to-text.js';
import type { ParsedRecord } from '../../../model/index.js';
import { articleHtmlParser } from '../../article-html-parser.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { communityRecord } from '../shared/community-record.js';
import { cleanText, parseHtmlPage, selfUrlOf, siteNameOf, type HtmlElement } from '../shared/html-page.js';
import { malformed } from '../shared/malformed.js';
import { isoFromDateString } from '../shared/to-iso-date.js';
import { articleThreadId, commentExternalId, commentPageOf } from './comment-ids.js';

const FORMAT = 'comment-html';

const COMMENT_LIST = /<(ol|ul)[^>]+class="[^"]*\bcomment-?list\b/;
const COMMENT_ITEM = /<li[^>]+id="(?:li-)?comment-\d+"/;
/** Parts of an old-style comment body (no `.comment-content`) that are not the comment's words. */
const NOT_WORDS =
  '.comment-author, .comment-meta, .comment-metadata, .reply, .children, .comment-awaiting-moderation, footer';

/**
 * The comment-section reader (format `comment-html`, platform `comments`). Claims an HTML page with
 * an `ol/ul.commentlist` or `.comment-list` holding `li#comment-N` items. Because the dispatcher
 * gives a page to one parser only, the article itself is read here too, by the article-page
 * reader, and comes first as the `web` root record. Every comment's thread is the article's
 * canonical URL (canonical link, og:url, else the fetched URL; the article record's externalId
 * when it has one); a comment nested in another's `.children` list has that comment as parent, a
 * top-level comment the article. Pingbacks and trackbacks are skipped. Throws ParseError
 * `malformed` when the page has comment markup but no address to root it at.
 */
export const commentHtmlParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    return payload.json === undefined && COMMENT_LIST.test(payload.text) && COMMENT_ITEM.test(payload.text);
  },
  parse(payload: DecodedPayload): ParseResult {
    const page = parseHtmlPage(payload.text);
    const articleUrl = selfUrlOf(page, payload.url);
    if (!articleUrl)
      throw malformed(
        FORMAT,
        'the page has no canonical link, og:url or fetch URL to name the article the comments are on',
      );
    const warnings: string[] = [];
    // A later page of a paged comment section names the article by its own address plus the page:
    // its comments hang from the article without the page, and the article is read on page one only.
    const commentPage = commentPageOf(articleUrl) ?? (payload.url ? commentPageOf(payload.url) : null);
    const pageless = commentPage === null ? null : articleThreadId(articleUrl);
    const read = commentPage === null || commentPage <= 1 ? readArticle(payload, warnings) : null;
    const articleRecord = read && pageless ? { ...read, externalId: pageless } : read;
    const article = articleRecord?.externalId ?? articleThreadId(articleUrl);
    if (commentPage !== null && commentPage > 1)
      warnings.push(`comment page ${commentPage}: the article itself is read from its first page`);
    const venue = siteNameOf(page, articleUrl);
    const records: ParsedRecord[] = articleRecord ? [articleRecord] : [];
    let skipped = 0;
    for (const item of page.root.querySelectorAll('li[id^="comment-"], li[id^="li-comment-"]')) {
      const id = commentIdOf(item);
      if (!id) continue;
      if (item.matches('.pingback, .trackback')) {
        skipped += 1;
        continue;
      }
      const parentItem = item.parentElement?.closest('li[id^="comment-"], li[id^="li-comment-"]');
      const parentId = parentItem ? commentIdOf(parentItem) : null;
      const time = ownPart(item, 'time[datetime]');
      records.push(
        communityRecord({
          externalId: commentExternalId(article, id),
          platform: 'comments',
          url: `${article}#comment-${id}`,
          author: cleanText(
            (ownPart(item, '.comment-author .fn') ?? ownPart(item, '.fn') ?? ownPart(item, '.comment-author'))
              ?.textContent,
          ),
          publishedAt: isoFromDateString(time?.getAttribute('datetime')),
          text: htmlToText(wordsOf(item)),
          threadExternalId: article,
          parentExternalId: parentId ? commentExternalId(article, parentId) : article,
          engagement: {},
          venue,
        }),
      );
    }
    if (skipped > 0) warnings.push(`skipped ${skipped} pingbacks and trackbacks`);
    const title =
      cleanText(page.meta('meta[property="og:title"]')) ?? cleanText(page.root.querySelector('title')?.textContent);
    return { format: FORMAT, title, records, warnings };
  },
};

/** The article record the article-page reader finds in the page, or null (with its warnings kept). */
function readArticle(payload: DecodedPayload, warnings: string[]): ParsedRecord | null {
  try {
    const result = articleHtmlParser.parse(payload);
    warnings.push(...result.warnings.map((warning) => `article: ${warning}`));
    return result.records[0] ?? null;
  } catch (error) {
    warnings.push(`article: not read (${(error as Error).message})`);
    return null;
  }
}

function commentIdOf(item: HtmlElement): string | null {
  return /^(?:li-)?comment-(\d+)$/.exec(item.getAttribute('id') ?? '')?.[1] ?? null;
}

/** The first element matching `selector` that belongs to `item` itself, not to a nested reply. */
function ownPart(item: HtmlElement, selector: string): HtmlElement | null {
  for (const candidate of item.querySelectorAll(selector)) {
    if (candidate.closest('li[id^="comment-"], li[id^="li-comment-"]') === item) return candidate;
  }
  return null;
}

/** The comment's own words as HTML: `.comment-content`, else its body without author, meta and replies. */
function wordsOf(item: HtmlElement): string {
  const content = ownPart(item, '.comment-content, .comment-text, .comment-body-text');
  if (content) return content.innerHTML;
  const copy = item.cloneNode(true);
  for (const part of copy.querySelectorAll(NOT_WORDS)) part.remove();
  return copy.innerHTML;
}
