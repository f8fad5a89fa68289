/**
 * @module parse/community/forum/xenforo-engine
 * Reads XenForo 2 thread pages: `article.message` blocks with `data-author` and `.message-body .bbWrapper`.
 */
import { cleanText, type HtmlElement } from '../shared/html-page.js';
import { isoFromDateString } from '../shared/to-iso-date.js';
import { withoutParts, type ForumEngine, type ForumPost } from './forum-post.js';

/** Quoted posts (`bbCodeBlock--quote`) and signatures: not this post's own words. */
const BORROWED = 'blockquote.bbCodeBlock--quote, .bbCodeBlock--quote, .message-signature';

/** The XenForo reader: post id from `data-content="post-<id>"` (or `id="js-post-<id>"`), time from `time.u-dt`. */
export const xenforoEngine: ForumEngine = {
  name: 'xenforo',
  detect(html: string): boolean {
    return (
      /<article[^>]+class="[^"]*\bmessage--post\b/.test(html) ||
      (/\bdata-author="/.test(html) && /\bbbWrapper\b/.test(html) && /<article[^>]+class="[^"]*\bmessage\b/.test(html))
    );
  },
  readPosts(page, warnings) {
    const posts: ForumPost[] = [];
    for (const element of page.root.querySelectorAll('article.message[data-author]')) {
      const id = postIdOf(element);
      const body = element.querySelector('.message-body .bbWrapper') ?? element.querySelector('.bbWrapper');
      if (!id || !body) continue;
      const time = element.querySelector('.message-attribution time.u-dt[datetime], time.u-dt[datetime]');
      const publishedAt = isoFromDateString(time?.getAttribute('datetime'));
      if (!publishedAt) warnings.push(`XenForo post ${id} has no time.u-dt[datetime]; its date is unknown`);
      posts.push({
        id,
        anchor: `post-${id}`,
        author: cleanText(element.getAttribute('data-author')),
        publishedAt,
        body: withoutParts(body, BORROWED),
        repliesTo: quotedIds(body),
      });
    }
    return posts;
  },
  threadTitle(page) {
    return cleanText(page.root.querySelector('h1.p-title-value')?.textContent);
  },
};

function postIdOf(element: HtmlElement): string | null {
  return (
    /^post-(\d+)$/.exec(element.getAttribute('data-content') ?? '')?.[1] ??
    /^js-post-(\d+)$/.exec(element.getAttribute('id') ?? '')?.[1] ??
    null
  );
}

/** Post ids XenForo quotes name in `data-source="post: <id>"`. */
function quotedIds(body: HtmlElement): string[] {
  const ids: string[] = [];
  for (const quote of body.querySelectorAll('[data-source]')) {
    const id = /post:\s*(\d+)/.exec(quote.getAttribute('data-source') ?? '')?.[1];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
