/**
 * @module parse/community/forum/vbulletin-engine
 * Reads vBulletin 3 and 4 thread pages: posts are `div[id^=post_message_]`, in `li.postbitlegacy` on vB4.
 */
import { cleanText, type HtmlElement } from '../shared/html-page.js';
import { withoutParts, type ForumEngine, type ForumPost } from './forum-post.js';

/** vBulletin quote boxes and signatures: not this post's own words. */
const BORROWED = '.bbcode_container, .bbcode_quote, .signature, .signaturecontainer';

/** vBulletin's default date format, `MM-DD-YYYY, hh:mm AM`, in the board's time zone (not stated on the page). */
const VB_DATE = /(\d{2})-(\d{2})-(\d{4}),?\s+(\d{1,2}):(\d{2})\s*(AM|PM)?/i;

/**
 * The vBulletin reader. vBulletin prints dates as local text in the board's zone, which the page
 * does not state: dates in the default `MM-DD-YYYY, hh:mm AM` form are read as UTC (a warning
 * says so), and relative ones ("Today") are left unknown.
 */
export const vbulletinEngine: ForumEngine = {
  name: 'vbulletin',
  detect(html: string): boolean {
    return /\bpostbitlegacy\b|\bid="post_message_\d+"/.test(html);
  },
  readPosts(page, warnings) {
    const posts: ForumPost[] = [];
    let zoneless = 0;
    for (const message of page.root.querySelectorAll('div[id^="post_message_"]')) {
      const id = /^post_message_(\d+)$/.exec(message.getAttribute('id') ?? '')?.[1];
      if (!id) continue;
      const container =
        message.closest('li.postcontainer, li.postbitlegacy, li.postbit') ??
        page.root.querySelector(`#post${id}`) ??
        message.parentElement!;
      const dateText = cleanText(container.querySelector('.postdate .date, .postdate, .date')?.textContent);
      const publishedAt = dateText ? vbDate(dateText) : null;
      if (publishedAt) zoneless += 1;
      else warnings.push(`vBulletin post ${id} has no absolute date ("${dateText ?? ''}"); its date is unknown`);
      const author = container.querySelector('.username strong, a.username, .bigusername, .username');
      posts.push({
        id,
        anchor: `post${id}`,
        author: cleanText(author?.textContent),
        publishedAt,
        body: withoutParts(message, BORROWED),
        repliesTo: quotedIds(message),
      });
    }
    if (zoneless > 0) warnings.push(`vBulletin dates carry no time zone; ${zoneless} were read as UTC`);
    return posts;
  },
  threadTitle(page) {
    return cleanText(page.root.querySelector('.threadtitle a, span.threadtitle, h1.threadtitle')?.textContent);
  },
};

function vbDate(text: string): string | null {
  const match = VB_DATE.exec(text);
  if (!match) return null;
  const [, month, day, year, hourText, minute, meridiem] = match;
  let hour = Number(hourText);
  if (meridiem) hour = (hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day), hour, Number(minute));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Post ids a vBulletin quote links to ("Originally Posted by … <a href="showthread.php?p=<id>#post<id>">"). */
function quotedIds(message: HtmlElement): string[] {
  const ids: string[] = [];
  for (const link of message.querySelectorAll('.bbcode_postedby a[href], .bbcode_quote a[href*="#post"]')) {
    const id = /#post(\d+)|[?&]p=(\d+)/.exec(link.getAttribute('href') ?? '');
    const found = id?.[1] ?? id?.[2];
    if (found && !ids.includes(found)) ids.push(found);
  }
  return ids;
}
