import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.js';

const sentence = (topic: string) =>
  `The council discussed ${topic} at length on Tuesday, and members agreed to return to it, with figures, next month.`;

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour bridge repairs | Town Gazette</title>${head}</head><body>${body}</body></html>`;
}

describe('extractArticle on hand-written pages', () => {
  it('keeps headings, lists, quotes and tables in reading order', () => {
    const html = page(`<main><article>
      <h1>Harbour bridge repairs</h1>
      <p>${sentence('the bridge')}</p>
      <h2>What changes</h2>
      <ul><li>Lane closures from March onwards</li><li>A night bus along the old coast road</li></ul>
      <p>${sentence('the closures')}</p>
      <blockquote><p>We will keep one lane open at all times, whatever the weather does.</p></blockquote>
      <table><thead><tr><th>Phase</th><th>Weeks</th></tr></thead><tbody><tr><td>Deck</td><td>12</td></tr><tr><td>Cables</td><td>8</td></tr></tbody></table>
      <p>${sentence('the budget')}</p>
    </article></main>`);
    const paragraphs = extractArticle(html, 'https://gazette.example/bridge')!.text.split('\n\n');
    const order = [
      'What changes',
      'Lane closures from March onwards',
      'A night bus along the old coast road',
      'We will keep one lane open',
      'Phase',
      'Deck',
      'Cables',
    ];
    const positions = order.map((start) => paragraphs.findIndex((paragraph) => paragraph.startsWith(start)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraphs.indexOf('What changes')).toBeGreaterThan(
      paragraphs.findIndex((paragraph) => paragraph.includes('the bridge')),
    );
  });

  it('leaves out the heading that repeats the page title', () => {
    const html = page(
      `<article><h1>Harbour bridge repairs</h1>${`<p>${sentence('the bridge')}</p>`.repeat(4)}</article>`,
    );
    expect(extractArticle(html, null)!.text).not.toContain('Harbour bridge repairs');
  });

  it('drops navigation, asides, footers, hidden blocks, comments and link lists around and inside the body', () => {
    const html = page(`
      <header><a href="/">Town Gazette</a></header>
      <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <div class="page"><article class="story">
        ${`<p>${sentence('the bridge')}</p>`.repeat(3)}
        <div class="related-links"><h3>More on this</h3><ul><li><a href="/a">Ferry timetable changes again this spring</a></li><li><a href="/b">Coast road resurfacing starts</a></li></ul></div>
        <div style="display:none"><p>Hidden teaser text that only shows when a script opens it.</p></div>
        <div><a href="/t/bridges">bridges</a> <a href="/t/roads">roads</a> <a href="/t/council">council</a> <a href="/t/budget">budget</a></div>
        <p>${sentence('the ferry')}</p>
      </article>
      <section id="comments"><p>Great article, I drive over that bridge every day and it is a mess, honestly.</p></section></div>
      <aside><p>Most read: a story about something else entirely that people clicked on a lot.</p></aside>
      <footer><p>Copyright Town Gazette, all rights reserved, since nineteen hundred and four.</p></footer>`);
    const text = extractArticle(html, null)!.text;
    expect(text).toContain('the ferry');
    for (const furniture of [
      'Sport',
      'Ferry timetable',
      'Hidden teaser',
      'bridges roads',
      'Great article',
      'Most read',
      'Copyright',
    ]) {
      expect([furniture, text.includes(furniture)]).toEqual([furniture, false]);
    }
  });

  it('keeps an embedded post quoted inside a social-embed wrapper', () => {
    const embed =
      '<div class="social-media-embed"><blockquote class="post-embed"><p>Bridge closed again tonight, take the coast road instead of the ring road.</p>— Harbour Police</blockquote></div>';
    const html = page(
      `<article>${`<p>${sentence('the bridge')}</p>`.repeat(2)}${embed}${`<p>${sentence('the detour')}</p>`.repeat(2)}</article>`,
    );
    expect(extractArticle(html, null)!.text).toContain('Bridge closed again tonight');
  });

  it('drops a heading that ends the body once the links under it are gone', () => {
    const html = page(
      `<article>${`<p>${sentence('the bridge')}</p>`.repeat(4)}<h3>More from the Gazette</h3><p><a href="/x">Ferry timetable changes again this spring</a></p></article>`,
    );
    const text = extractArticle(html, null)!.text;
    expect(text).not.toContain('More from the Gazette');
    expect(text).not.toContain('Ferry timetable');
  });

  it('joins an article split into chunks that are not siblings', () => {
    const chunk = (topic: string, index: number) =>
      `<div class="grid grid-${index}"><div class="chunk">${`<p>${sentence(topic)}</p>`.repeat(4)}</div><div class="rail"><p>Photo: town archive</p></div></div>`;
    const html = page(`<div class="chunks">${chunk('the first part', 1)}${chunk('the second part', 2)}</div>`);
    const text = extractArticle(html, null)!.text;
    expect(text).toContain('the first part');
    expect(text).toContain('the second part');
  });

  it('returns null for a page with no article: only navigation and link lists', () => {
    const links = Array.from(
      { length: 12 },
      (_, index) => `<li><a href="/story/${index}">A headline for story number ${index} on the front page</a></li>`,
    ).join('');
    const html = page(`<nav><a href="/">Home</a></nav><div class="front"><ul>${links}</ul><ul>${links}</ul></div>`);
    expect(extractArticle(html, null)).toBeNull();
  });

  it('returns null for empty input and for markup with no text', () => {
    expect(extractArticle('', null)).toBeNull();
    expect(extractArticle('<html><body><div><img src="a.png"></div></body></html>', null)).toBeNull();
  });

  it('survives pages nested twenty thousand elements deep, keeping the deep text', () => {
    for (const tag of ['div', 'table', 'ul']) {
      const html = page(
        `<p>${sentence('the surface')}</p>${`<${tag}>`.repeat(20_000)}<p>${sentence('depth')}</p>${`</${tag}>`.repeat(20_000)}`,
      );
      expect([tag, extractArticle(html, null)?.text.includes('depth')]).toEqual([tag, true]);
    }
  });
});

describe('extractArticle metadata precedence', () => {
  const body = `<article><time datetime="2023-01-01T00:00:00Z">1 Jan</time>${`<p>${sentence('dates')}</p>`.repeat(4)}</article>`;
  const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-05-01T08:00:00Z","dateModified":"2024-05-02T08:00:00Z","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Bo Chen"}],"publisher":{"@type":"Organization","name":"LD Publisher"},"image":{"url":"/ld.jpg"}}</script>`;
  const openGraph =
    '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="og:image" content="/og.jpg"><meta property="article:published_time" content="2024-04-01T08:00:00Z"><meta name="author" content="Meta Author">';

  it('takes JSON-LD first for title, author, dates; Open Graph first for site name and image', () => {
    const article = extractArticle(page(body, jsonLd + openGraph), 'https://gazette.example/a')!;
    expect(article.title).toBe('LD headline');
    expect(article.author).toBe('Ana Ruiz, Bo Chen');
    expect(article.publishedAt).toBe('2024-05-01T08:00:00.000Z');
    expect(article.modifiedAt).toBe('2024-05-02T08:00:00.000Z');
    expect(article.siteName).toBe('OG Site');
    expect(article.leadImage).toBe('https://gazette.example/og.jpg');
  });

  it('falls back to Open Graph and meta tags without JSON-LD, then to <title> without the site name, <time> and <html lang>', () => {
    const withMeta = extractArticle(page(body, openGraph), null)!;
    expect([withMeta.title, withMeta.author, withMeta.publishedAt]).toEqual([
      'OG title',
      'Meta Author',
      '2024-04-01T08:00:00.000Z',
    ]);
    const bare = extractArticle(page(body), null)!;
    expect([bare.title, bare.author, bare.publishedAt, bare.language]).toEqual([
      'Harbour bridge repairs',
      null,
      '2023-01-01T00:00:00.000Z',
      'en',
    ]);
  });

  it('resolves the canonical link against the page URL and prefers it to og:url', () => {
    const head =
      '<link rel="canonical" href="/bridge-repairs"><meta property="og:url" content="https://elsewhere.example/x">';
    expect(extractArticle(page(body, head), 'https://gazette.example/news/bridge?utm_source=feed')!.canonicalUrl).toBe(
      'https://gazette.example/bridge-repairs',
    );
  });

  it('reads JSON-LD wrapped in an HTML comment', () => {
    const wrapped =
      '<script type="application/ld+json"><!-- {"@type":"BlogPosting","headline":"Wrapped headline"} --></script>';
    expect(extractArticle(page(body, wrapped), null)!.title).toBe('Wrapped headline');
  });

  it('ignores JSON-LD it cannot parse', () => {
    const article = extractArticle(
      page(body, `<script type="application/ld+json">{ not json</script>${openGraph}`),
      null,
    )!;
    expect(article.title).toBe('OG title');
  });
});
