/**
 * @module parse/community/forum/forum-thread-parser
 * Reads a forum thread page (phpBB, XenForo, vBulletin) into one record per post.
 */
import { htmlToText } from '../../../extract/html-to-text.js';
import type { ParsedRecord } from '../../../model/index.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { communityRecord } from '../shared/community-record.js';
import { cleanText, parseHtmlPage, selfUrlOf, siteNameOf, type HtmlPage } from '../shared/html-page.js';
import { malformed } from '../shared/malformed.js';
import type { ForumEngine, ForumPost } from './forum-post.js';
import { phpbbEngine } from './phpbb-engine.js';
import { isLaterPage, threadUrlOf } from './thread-url.js';
import { vbulletinEngine } from './vbulletin-engine.js';
import { xenforoEngine } from './xenforo-engine.js';

const FORMAT = 'forum-thread';

/** The engines, most distinctive markup first. */
const ENGINES: ForumEngine[] = [xenforoEngine, vbulletinEngine, phpbbEngine];

/**
 * The forum thread reader (format `forum-thread`). Steps:
 * 1. pick the engine whose post markup the page carries;
 * 2. find the thread's page-independent URL (canonical link or fetched URL, pagination removed);
 * 3. read each post: id, author, time, own words (quotes of other posts and signatures removed);
 * 4. on the thread's first page the first post is the root, with externalId the thread URL and
 *    the thread title; every other post's externalId is `<thread URL>#post-<id>`, its thread the
 *    thread URL, its parent the last earlier post it quotes, else the root. On later pages no post
 *    is the root, and all replies still point at the thread URL.
 * The venue is the forum's name (og:site_name, the `<title>` suffix, or the host). Throws
 * ParseError `malformed` when the page has the engine's markup but no post can be read.
 */
export const forumThreadParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    return (
      payload.json === undefined && looksLikeHtml(payload.text) && ENGINES.some((engine) => engine.detect(payload.text))
    );
  },
  parse(payload: DecodedPayload): ParseResult {
    const engine = ENGINES.find((candidate) => candidate.detect(payload.text));
    if (!engine) throw malformed(FORMAT, 'the page carries no phpBB, XenForo or vBulletin post markup');
    const page = parseHtmlPage(payload.text);
    const warnings: string[] = [];
    const posts = engine.readPosts(page, warnings);
    if (posts.length === 0)
      throw malformed(FORMAT, `the page looks like ${engine.name} but no post has an id and a body`);
    const selfUrl = selfUrlOf(page, payload.url);
    const threadUrl = threadUrlOf(selfUrl) ?? `forum-thread:${engine.name}:${posts[0]!.id}`;
    const venue = siteNameOf(page, selfUrl);
    const title = engine.threadTitle(page) ?? titleWithoutSite(page, venue);
    // Either address may carry the page number: some engines point every page's canonical link at page 1.
    const onLaterPage = [selfUrl, payload.url].some((url) => url !== null && isLaterPage(url));
    const rootPostId = onLaterPage ? null : posts[0]!.id;
    const idOf = (postId: string): string => (postId === rootPostId ? threadUrl : `${threadUrl}#post-${postId}`);
    const seen = new Set<string>();
    const records: ParsedRecord[] = posts.map((post) => {
      const isRoot = post.id === rootPostId;
      const quoted = [...post.repliesTo].reverse().find((id) => seen.has(id) && id !== post.id);
      seen.add(post.id);
      return postRecord(post, {
        externalId: idOf(post.id),
        url: selfUrl ? `${selfUrl.replace(/#.*$/, '')}#${post.anchor}` : null,
        title: isRoot ? title : null,
        threadExternalId: isRoot ? null : threadUrl,
        parentExternalId: isRoot ? null : quoted ? idOf(quoted) : threadUrl,
        venue,
      });
    });
    if (rootPostId === null)
      warnings.push('this is a later page of the thread: no post on it is the root; replies point at the thread URL');
    return { format: FORMAT, title, records, warnings };
  },
};

function postRecord(
  post: ForumPost,
  place: Pick<ParsedRecord, 'externalId' | 'url' | 'title' | 'threadExternalId' | 'parentExternalId' | 'venue'>,
): ParsedRecord {
  return communityRecord({
    ...place,
    platform: 'forum',
    author: post.author,
    publishedAt: post.publishedAt,
    text: htmlToText(post.body.innerHTML),
    engagement: {},
  });
}

function looksLikeHtml(text: string): boolean {
  return /<html[\s>]|<!doctype html/i.test(text.slice(0, 2048));
}

/** The `<title>` without its " - Forum name" suffix. */
function titleWithoutSite(page: HtmlPage, venue: string | null): string | null {
  const title = cleanText(page.root.querySelector('title')?.textContent);
  if (!title || !venue) return title;
  return (
    cleanText(title.replace(new RegExp(`\\s*[-|–—•·»:]\\s*${venue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '')) ??
    title
  );
}
