// Builders for the XML and HTML payloads: feeds, article pages, a phpBB topic, a WordPress comment feed.
import { esc, htmlParas, paragraphsOf, rfc822 } from './builders.mjs';

const cdata = (s) => `<![CDATA[${s}]]>`;
const isoOffset = (iso) => new Date(iso).toISOString().replace('.000Z', '+00:00');

export function rss(outlet, items) {
  const body = items.map((item) => `	<item>
		<title>${esc(item.title)}</title>
		<link>${item.url}</link>
		<comments>${item.url}#respond</comments>
		<dc:creator>${cdata(item.author)}</dc:creator>
		<pubDate>${rfc822(item.at)}</pubDate>
${item.tags.map((t) => `		<category>${cdata(t)}</category>`).join('\n')}
		<guid isPermaLink="false">https://${outlet.host}/?p=${item.postId}</guid>
		<description>${cdata(esc(item.summary))}</description>
		<content:encoded>${cdata(htmlParas(item.body))}</content:encoded>
		<slash:comments>${item.commentCount ?? 0}</slash:comments>
	</item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>${esc(outlet.name)}</title>
	<atom:link href="https://${outlet.host}/feed/" rel="self" type="application/rss+xml" />
	<link>https://${outlet.host}/</link>
	<description>${esc(outlet.tagline)}</description>
	<lastBuildDate>${rfc822(items[0].at)}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
${body}
</channel>
</rss>
`;
}

export function atom(outlet, entries) {
  const body = entries.map((e) => `  <entry>
    <title type="text">${esc(e.title)}</title>
    <link rel="alternate" type="text/html" href="${e.url}"/>
    <id>tag:${outlet.host},${e.at.slice(0, 10)}:${new URL(e.url).pathname}</id>
    <published>${isoOffset(e.at)}</published>
    <updated>${isoOffset(e.updated ?? e.at)}</updated>
    <author>
      <name>${esc(e.author)}</name>
    </author>
${e.tags.map((t) => `    <category term="${esc(t.toLowerCase().replace(/\s+/g, '-'))}" label="${esc(t)}"/>`).join('\n')}
    <summary type="text">${esc(e.summary)}</summary>
    <content type="html" xml:base="https://${outlet.host}/">${esc(htmlParas(e.body))}</content>
  </entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title type="text">${esc(outlet.name)}</title>
  <subtitle type="text">${esc(outlet.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="https://${outlet.host}/"/>
  <link rel="self" type="application/atom+xml" href="https://${outlet.host}/feeds/latest.atom"/>
  <id>tag:${outlet.host},2009:/feeds/latest</id>
  <updated>${isoOffset(entries[0].updated ?? entries[0].at)}</updated>
  <rights>© 2026 ${esc(outlet.name)}</rights>
  <generator uri="https://${outlet.host}/" version="4.2">Meridian Publishing System</generator>
${body}
</feed>
`;
}

export function jsonFeed(outlet, items) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: outlet.name,
    home_page_url: `https://${outlet.host}/`,
    feed_url: `https://${outlet.host}/feed.json`,
    description: outlet.tagline,
    icon: `https://${outlet.host}/static/icon-512.png`,
    favicon: `https://${outlet.host}/static/favicon-64.png`,
    language: 'en-US',
    authors: [{ name: outlet.name, url: `https://${outlet.host}/` }],
    items: items.map((item) => ({
      id: `https://${outlet.host}/?p=${item.postId}`,
      url: item.url,
      title: item.title,
      content_html: htmlParas(item.body),
      summary: item.summary,
      date_published: isoOffset(item.at),
      date_modified: isoOffset(item.updated ?? item.at),
      authors: [{ name: item.author, url: `https://${outlet.host}/author/${item.author.toLowerCase().replace(/\s+/g, '-')}/` }],
      tags: item.tags,
      language: 'en-US',
    })),
  }, null, 2) + '\n';
}

/** A standalone article page with the furniture real news sites carry around the story. */
export function articlePage(site, a) {
  const jsonLd = {
    '@context': 'https://schema.org', '@type': a.type ?? 'NewsArticle', headline: a.title, description: a.summary,
    datePublished: isoOffset(a.at), dateModified: isoOffset(a.updated ?? a.at), author: [{ '@type': a.authorType ?? 'Person', name: a.author }],
    publisher: { '@type': 'Organization', name: site.name, logo: { '@type': 'ImageObject', url: `https://${site.host}/static/logo.png` } },
    mainEntityOfPage: a.canonical ?? a.url, isAccessibleForFree: true,
  };
  const prelude = a.prelude ? `<p class="article-note"><em>${esc(a.prelude)}</em></p>\n` : '';
  const footnote = a.footnote ? `\n<p class="article-footnote"><em>${esc(a.footnote)}</em></p>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} | ${esc(site.name)}</title>
<meta name="description" content="${esc(a.summary)}">
<meta name="author" content="${esc(a.author)}">
<link rel="canonical" href="${a.canonical ?? a.url}">
${a.syndicationSource ? `<meta name="syndication-source" content="${a.syndicationSource}">\n` : ''}<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(site.name)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:description" content="${esc(a.summary)}">
<meta property="og:url" content="${a.url}">
<meta property="og:image" content="https://${site.host}/media/${a.slug}-1200.jpg">
<meta property="article:published_time" content="${isoOffset(a.at)}">
<meta property="article:modified_time" content="${isoOffset(a.updated ?? a.at)}">
<meta property="article:section" content="${esc(a.section)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/css/site.4f2a91.css">
<link rel="alternate" type="application/rss+xml" title="${esc(site.name)}" href="https://${site.host}/feed/">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<script async src="/static/js/analytics.js"></script>
</head>
<body class="single single-post postid-${a.postId}">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
  <p>We use cookies to keep you signed in, measure readership and show relevant offers. You can change your choices at any time in Privacy settings.</p>
  <button class="cookie-accept">Accept all</button> <button class="cookie-reject">Reject non-essential</button> <a href="/privacy/cookies/">Manage cookies</a>
</div>
<header class="site-header">
  <a class="site-logo" href="/">${esc(site.name)}</a>
  <nav class="primary-nav" aria-label="Main">
    <ul>${site.nav.map((n) => `<li><a href="/${n.toLowerCase().replace(/\s+/g, '-')}/">${esc(n)}</a></li>`).join('')}</ul>
  </nav>
  <a class="header-subscribe" href="/subscribe/">Subscribe</a> <a class="header-login" href="/login/">Sign in</a>
</header>
<main id="content" class="site-main">
<article class="post-${a.postId} post type-post status-publish">
  <header class="entry-header">
    <p class="entry-kicker"><a href="/${a.section.toLowerCase().replace(/\s+/g, '-')}/">${esc(a.section)}</a></p>
    <h1 class="entry-title">${esc(a.title)}</h1>
    <p class="entry-dek">${esc(a.summary)}</p>
    <p class="entry-meta">By <a class="author-name" rel="author" href="/author/${a.author.toLowerCase().replace(/[^a-z]+/g, '-')}/">${esc(a.author)}</a> · <time class="entry-date published" datetime="${isoOffset(a.at)}">${new Date(a.at).toUTCString().slice(5, 16)}</time></p>
  </header>
  <div class="share-bar" aria-label="Share this article">
    <a class="share-link share-email" href="mailto:?subject=${encodeURIComponent(a.title)}">Email</a>
    <a class="share-link share-copy" href="#">Copy link</a>
    <a class="share-link share-print" href="javascript:window.print()">Print</a>
  </div>
  <div class="entry-content">
${prelude}${htmlParas(a.body)}${footnote}
  </div>
  <aside class="newsletter-signup">
    <h2>${esc(site.newsletter)}</h2>
    <p>Get our reporting in your inbox every weekday morning. Free, and you can unsubscribe at any time.</p>
    <form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com"><button type="submit">Sign me up</button></form>
  </aside>
  <section class="related-stories">
    <h2>Related</h2>
    <ul>${site.related.map((r) => `<li><a href="/${r.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">${esc(r)}</a></li>`).join('')}</ul>
  </section>
</article>
</main>
<footer class="site-footer">
  <nav aria-label="Footer"><a href="/about/">About us</a> · <a href="/contact/">Contact</a> · <a href="/corrections/">Corrections</a> · <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></nav>
  <p>© 2026 ${esc(site.name)}. All rights reserved.</p>
</footer>
</body>
</html>
`;
}

/** A phpBB 3.3 (prosilver) viewtopic.php page. */
export function phpbbTopic(f) {
  const posts = f.posts.map((p, i) => {
    const id = f.firstPostId + i * 7;
    const uid = 40 + (p.user.length * 13) % 900;
    const when = new Date(p.at);
    const human = when.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\d+):(\d+):\d+ GMT$/, (_, d, dd, m, y, h, mi) => `${d} ${m} ${dd}, ${y} ${((+h + 11) % 12) + 1}:${mi} ${+h < 12 ? 'am' : 'pm'}`);
    const quote = p.quote ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=${40 + (p.quote.user.length * 13) % 900}">${esc(p.quote.user)}</a> wrote: <a href="./viewtopic.php?p=${f.firstPostId + p.quote.index * 7}#p${f.firstPostId + p.quote.index * 7}" data-post-id="${f.firstPostId + p.quote.index * 7}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a></cite>${esc(p.quote.text)}</div></blockquote>` : '';
    const content = quote + paragraphsOf(p.text).map(esc).join('<br>\n<br>\n');
    return `<div id="p${id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}">
<div class="inner">
<dl class="postprofile" id="profile${id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u=${uid}" class="username">${esc(p.user)}</a></dt>
<dd class="profile-rank">${esc(p.rank ?? 'Member')}</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${uid}&amp;sr=posts">${p.posts ?? 100}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${esc(p.joined ?? 'Sat Jan 09, 2021 3:12 pm')}</dd>
</dl>
<div class="postbody">
<div id="post_content${id}">
<h3 ${i === 0 ? 'class="first"' : ''}><a href="./viewtopic.php?p=${id}#p${id}">${i === 0 ? '' : 'Re: '}${esc(f.title)}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${uid}" class="username">${esc(p.user)}</a></strong> &raquo; </span><time datetime="${isoOffset(p.at)}">${human}</time></p>
<div class="content">${content}</div>
${p.signature ? `<div id="sig${id}" class="signature">${esc(p.signature)}</div>` : ''}
</div>
</div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div>
</div>
</div>
<hr class="divider" />`;
  }).join('\n');
  return `<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${esc(f.title)} - ${esc(f.site)}</title>
<link rel="canonical" href="https://${f.host}/viewtopic.php?t=${f.topicId}">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>${esc(f.site)}</h1><p>${esc(f.tagline)}</p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="${f.forumId}"><a itemprop="item" href="./viewforum.php?f=${f.forumId}"><span itemprop="name">${esc(f.forum)}</span></a><meta itemprop="position" content="2" /></span></li></ul></div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=${f.topicId}">${esc(f.title)}</a></h2>
<div class="action-bar bar-top"><div class="pagination">${f.posts.length} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${posts}
<div class="action-bar bar-bottom"><div class="pagination">${f.posts.length} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by phpBB&reg; Forum Software &copy; phpBB Limited</div></div>
</div>
</body>
</html>
`;
}

/** A WordPress per-post comment feed (`/<post>/feed/`), threaded replies marked "In reply to". */
export function wordpressCommentFeed(site, post, comments) {
  const items = [...comments].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).map((c) => {
    const parent = c.replyTo ? comments.find((x) => x.id === c.replyTo) : null;
    const prefix = parent ? `<p>In reply to <a href="${post.url}#comment-${parent.id}">${esc(parent.author)}</a>.</p>\n` : '';
    const plainPrefix = parent ? `In reply to ${parent.author}.\n` : '';
    return `		<item>
		<title>By: ${esc(c.author)}</title>
		<link>${post.url}#comment-${c.id}</link>
		<dc:creator>${cdata(c.author)}</dc:creator>
		<pubDate>${rfc822(c.at)}</pubDate>
		<guid isPermaLink="false">https://${site.host}/?p=${post.postId}#comment-${c.id}</guid>
		<description>${cdata(plainPrefix + paragraphsOf(c.text).join(' '))}</description>
		<content:encoded>${cdata(prefix + htmlParas(c.text))}</content:encoded>
		</item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	
	>
<channel>
	<title>Comments on: ${esc(post.title)}</title>
	<atom:link href="${post.url}feed/" rel="self" type="application/rss+xml" />
	<link>${post.url}</link>
	<description>${esc(site.tagline)}</description>
	<lastBuildDate>${rfc822(comments.map((c) => c.at).sort().at(-1))}</lastBuildDate>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>
${items}
</channel>
</rss>
`;
}
