/**
 * @module parse/community/comments/wordpress-comment-feed-parser
 * Reads WordPress comment feeds (RSS 2.0 `…/feed/` of a post, or the site-wide `/comments/feed/`).
 */
import { htmlToText } from '../../../extract/html-to-text.js';
import type { ParsedRecord } from '../../../model/index.js';
import { parseFeedDate } from '../../feed/parse-feed-date.js';
import { readFeedTree } from '../../feed/read-feed-tree.js';
import { child, children, markupOf, optionalText } from '../../feed/xml-node.js';
import type { DecodedPayload, ParseResult, PayloadParser } from '../../payload-parser.js';
import { communityRecord } from '../shared/community-record.js';
import { hostOf } from '../shared/host-of.js';
import { malformed } from '../shared/malformed.js';
import { articleThreadId, commentExternalId } from './comment-ids.js';

const FORMAT = 'wordpress-comment-feed';

/** An item link pointing at a comment anchor, which only comment feeds carry. */
const COMMENT_LINK = /<link>[^<]*#comment-\d+\s*<\/link>/;
/** WordPress's comment-feed channel titles (wp-includes/feed-rss2-comments.php, English strings). */
const COMMENT_FEED_TITLE = /<channel>\s*<title>\s*(Comments on: |Comments for )/;
const SINGLE_POST_TITLE = /^Comments on: (.*)$/;
const SITE_TITLE = /^Comments for (.*?)(?: searching on .*)?$/;

/**
 * The WordPress comment-feed reader (format `wordpress-comment-feed`, platform `comments`). Claims
 * an RSS document whose items link to `#comment-N` anchors or whose channel title is WordPress's
 * "Comments on: …" / "Comments for …". Each item becomes a comment whose thread is the canonical
 * URL of the article it links to; the feed does not say which comment a reply answers, so every
 * comment's parent is the article (a warning says so). Items without a `#comment-N` link are
 * skipped. Venue: the site name from a "Comments for …" title, else the article's host.
 */
export const wordpressCommentFeedParser: PayloadParser = {
  format: FORMAT,
  detect(payload: DecodedPayload): boolean {
    if (payload.json !== undefined || !/<rss[\s>]/.test(payload.text.slice(0, 4096))) return false;
    return COMMENT_LINK.test(payload.text) || COMMENT_FEED_TITLE.test(payload.text);
  },
  parse(payload: DecodedPayload): ParseResult {
    const tree = readFeedTree(payload, FORMAT);
    const channel = child(child(tree, 'rss'), 'channel');
    if (!channel) throw malformed(FORMAT, 'the feed has no <rss><channel>');
    const channelTitle = optionalText(child(channel, 'title')) ?? '';
    const articleTitle = SINGLE_POST_TITLE.exec(channelTitle)?.[1] ?? null;
    const siteName = SITE_TITLE.exec(channelTitle)?.[1] ?? null;
    const warnings: string[] = [];
    const records: ParsedRecord[] = [];
    let skipped = 0;
    for (const item of children(channel, 'item')) {
      const link = optionalText(child(item, 'link')) ?? optionalText(child(item, 'guid'));
      const commentId = /#comment-(\d+)/.exec(link ?? '')?.[1];
      if (!link || !commentId) {
        skipped += 1;
        continue;
      }
      const article = articleThreadId(link);
      const date = optionalText(child(item, 'pubDate')) ?? optionalText(child(item, 'dc:date'));
      const html = markupOf(child(item, 'content:encoded')) || markupOf(child(item, 'description'));
      records.push(
        communityRecord({
          externalId: commentExternalId(link, commentId),
          platform: 'comments',
          url: link,
          author: optionalText(child(item, 'dc:creator')) ?? authorFromTitle(optionalText(child(item, 'title'))),
          publishedAt: parseFeedDate(date),
          text: htmlToText(html),
          threadExternalId: article,
          parentExternalId: article,
          engagement: {},
          venue: siteName ?? hostOf(article),
        }),
      );
    }
    if (skipped > 0) warnings.push(`skipped ${skipped} items without a #comment-N link`);
    if (records.length > 0)
      warnings.push(
        "WordPress comment feeds do not name a reply's parent comment; every comment hangs from the article",
      );
    return { format: FORMAT, title: articleTitle ?? siteName, records, warnings };
  },
};

/** WordPress item titles: "By: Alice" (one post's feed) or "Comment on Post by Alice" (site-wide). */
function authorFromTitle(title: string | null): string | null {
  return /^By: (.+)$/.exec(title ?? '')?.[1] ?? / by (.+)$/.exec(title ?? '')?.[1] ?? null;
}
