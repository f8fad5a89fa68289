/**
 * @module pipeline/__fixtures__/paged-threads
 * Multi-page forum threads and comment sections of our own writing, in phpBB 3 (prosilver) and
 * WordPress markup as those engines print them, for the paged-thread refresh tests. Each page is
 * built from a list of posts, so a test can add, edit or loop pages between refreshes.
 */

/** One forum post or comment. Post ids are engine-wide numbers; times are ISO UTC. */
export interface FixturePost {
  id: number;
  author: string;
  at: string;
  text: string;
}

/** How a page says where the next one is. */
export type NextLinkStyle = 'link-rel' | 'anchor-rel' | 'anchor-words' | 'page-number';

/** Posts `from` to `to` (inclusive) of a thread about a bench power supply, one an hour from 1 December 2026 08:00 UTC. */
export function forumPosts(from: number, to: number): FixturePost[] {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const number = from + index;
    return {
      id: 9000 + number,
      author: `bencher${number % 4}`,
      at: new Date(Date.UTC(2026, 11, 1, 8 + number)).toISOString(),
      text: `Reading ${number}: the rail sagged to ${(11.5 + number / 100).toFixed(2)} V under load.`,
    };
  });
}

/** A phpBB topic page; `next` is the address of the page after it (relative or absolute), or null on the last. */
export function phpbbPage(options: { title: string; posts: FixturePost[]; next: string | null; style: NextLinkStyle }): string {
  const { next, style } = options;
  const head = next && style === 'link-rel' ? `<link rel="next" href="${next}">` : '';
  const pagination = next === null ? '' : nextAnchor(next, style);
  const posts = options.posts.map((post) => `
<div id="p${post.id}" class="post has-profile bg2"><div class="inner">
  <dl class="postprofile"><dt><a href="./memberlist.php?u=${post.id}" class="username">${post.author}</a></dt></dl>
  <div class="postbody"><div id="post_content${post.id}">
    <p class="author"><a href="./viewtopic.php?p=${post.id}#p${post.id}">Post</a> by <strong><a class="username">${post.author}</a></strong> &raquo; <time datetime="${post.at}">${post.at}</time></p>
    <div class="content">${post.text}</div>
  </div></div>
</div></div>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8" /><title>${options.title} - Bench Supply Forum</title>${head}</head>
<body id="phpbb"><h2 class="topic-title"><a href="./viewtopic.php?t=40">${options.title}</a></h2>
<div class="action-bar"><div class="pagination">${pagination}</div></div>
${posts}
</body></html>`;
}

function nextAnchor(next: string, style: NextLinkStyle): string {
  switch (style) {
    case 'link-rel':
      return '';
    case 'anchor-rel':
      return `<ul><li class="arrow next"><a class="button button-icon-only" href="${next}" rel="next" role="button">Next</a></li></ul>`;
    case 'anchor-words':
      return `<a class="pageNav-jump" href="${next}">Next &rsaquo;</a>`;
    case 'page-number':
      return `<a href="${next}">${/(\d+)\D*$/.exec(next)?.[1] ?? ''}</a>`;
  }
}

/** Comments on an article, one every ten minutes from 1 December 2026 09:00 UTC; ids from 700. */
export function articleComments(from: number, to: number): FixturePost[] {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const number = from + index;
    return {
      id: 700 + number,
      author: `Reader ${number}`,
      at: new Date(Date.UTC(2026, 11, 1, 9, number * 10)).toISOString(),
      text: `Comment ${number}: the ferry timetable change hits the early shift hardest.`,
    };
  });
}

/**
 * A WordPress article page with one page of its comments (`ol.comment-list`), and WordPress's own
 * comment navigation ("Older Comments" / "Newer Comments" anchors, no rel) when `newer` is set.
 */
export function wordpressCommentPage(options: { canonical: string; comments: FixturePost[]; newer: string | null }): string {
  const items = options.comments.map((comment) => `
<li id="comment-${comment.id}" class="comment even depth-1"><article id="div-comment-${comment.id}" class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${comment.author}</b> <span class="says">says:</span></div>
  <div class="comment-metadata"><a href="#comment-${comment.id}"><time datetime="${comment.at}">${comment.at}</time></a></div></footer>
  <div class="comment-content"><p>${comment.text}</p></div>
</article></li>`).join('\n');
  const navigation = options.newer === null ? '' : `<nav class="navigation comment-navigation"><div class="nav-next"><a href="${options.newer}">Newer Comments &raquo;</a></div></nav>`;
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Ferry timetable changes from January &#8211; The Quay Courier</title>
<link rel="canonical" href="${options.canonical}" /><meta property="og:site_name" content="The Quay Courier" /></head>
<body class="single single-post"><article id="post-51" class="post-51 post"><h1 class="entry-title">Ferry timetable changes from January</h1>
<div class="entry-content"><p>The first crossing moves from 05:40 to 06:10 on weekdays from 5 January, the operator said on Monday.</p>
<p>Two evening sailings are dropped on Sundays.</p></div></article>
<div id="comments" class="comments-area"><ol class="comment-list">${items}</ol>${navigation}</div>
</body></html>`;
}
