/**
 * @module parse/community/forum/phpbb-engine
 * Reads phpBB 3.x (prosilver-style) topic pages: `div.post` blocks with `.postbody` and `.content`.
 */
import { cleanText, type HtmlElement } from '../shared/html-page.js';
import { isoFromDateString } from '../shared/to-iso-date.js';
import { withoutParts, type ForumEngine, type ForumPost } from './forum-post.js';

/** Quoted posts and signatures: not this post's own words. */
const BORROWED = 'blockquote, .signature';

/** The phpBB reader: posts are `div.post[id=p<id>]`, times `p.author time[datetime]` (phpBB 3.2+). */
export const phpbbEngine: ForumEngine = {
  name: 'phpbb',
  detect(html: string): boolean {
    return /class="[^"]*\bpostbody\b/.test(html) && /<div[^>]+id="p\d+"[^>]*class="[^"]*\bpost\b/.test(html);
  },
  readPosts(page, warnings) {
    const posts: ForumPost[] = [];
    for (const element of page.root.querySelectorAll('div.post[id^="p"]')) {
      const id = /^p(\d+)$/.exec(element.getAttribute('id') ?? '')?.[1];
      const content = element.querySelector('.postbody .content');
      if (!id || !content) continue;
      const time = element.querySelector('p.author time[datetime], .author time[datetime]');
      const publishedAt = isoFromDateString(time?.getAttribute('datetime'));
      if (!publishedAt) warnings.push(`phpBB post ${id} has no <time datetime>; its date is unknown`);
      posts.push({
        id,
        anchor: `p${id}`,
        author: authorOf(element),
        publishedAt,
        body: withoutParts(content, BORROWED),
        repliesTo: quotedIds(content),
      });
    }
    return posts;
  },
  threadTitle(page) {
    return cleanText(page.root.querySelector('h2.topic-title')?.textContent);
  },
};

function authorOf(post: HtmlElement): string | null {
  const name = post.querySelector(
    '.postprofile .username, .postprofile .username-coloured, p.author .username, p.author .username-coloured',
  );
  return cleanText(name?.textContent ?? post.querySelector('p.author strong')?.textContent);
}

/** Post ids a phpBB quote points at: `blockquote[cite*="p=<id>"]` or its `cite a[data-post-id]`. */
function quotedIds(content: HtmlElement): string[] {
  const ids: string[] = [];
  for (const quote of content.querySelectorAll('blockquote')) {
    const id =
      /[?&]p=(\d+)/.exec(quote.getAttribute('cite') ?? '')?.[1] ??
      quote.querySelector('cite a[data-post-id]')?.getAttribute('data-post-id');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
