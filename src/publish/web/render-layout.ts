/**
 * @module publish/web/render-layout
 * The page shell every route shares: document head, masthead, main column and footer.
 */
import { html, type SafeHtml } from './html.js';
import { FRONT_PAGE_PATH, ICON_PATH, STYLESHEET_PATH } from './paths.js';

/** What a page hands the shell. */
export interface LayoutOptions {
  siteTitle: string;
  /** The document title before " — site title"; null on the front page, which is titled by the site alone. */
  pageTitle: string | null;
  /** One-line summary for `<meta name="description">`. */
  description?: string;
  /** The front page prints a large masthead; other pages a slim bar. */
  masthead: 'front' | 'bar';
  /** Markup under the site title on the front masthead (the edition date line). */
  mastheadLine?: SafeHtml;
  body: SafeHtml;
}

/** A complete HTML document. No scripts, one stylesheet. */
export function renderLayout(options: LayoutOptions): string {
  const title = options.pageTitle ? `${options.pageTitle} — ${options.siteTitle}` : options.siteTitle;
  const masthead =
    options.masthead === 'front'
      ? html`<header class="masthead masthead-front">
  <p class="masthead-kicker">Press and community, cited sentence by sentence</p>
  <h1 class="site-title"><a href="${FRONT_PAGE_PATH}">${options.siteTitle}</a></h1>
  ${options.mastheadLine ? html`<p class="masthead-line">${options.mastheadLine}</p>` : ''}
</header>`
      : html`<header class="masthead masthead-bar">
  <p class="site-title"><a href="${FRONT_PAGE_PATH}">${options.siteTitle}</a></p>
  <nav aria-label="Site"><a href="${FRONT_PAGE_PATH}">Latest edition</a></nav>
</header>`;
  return `<!doctype html>
${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="${ICON_PATH}" type="image/svg+xml">
</head>
<body>
${masthead}
<main id="main">
${options.body}
</main>
<footer class="site-footer">
  <p>${options.siteTitle} writes its stories autonomously from press and community records. Every sentence links to the records it rests on; no human editorial judgment is applied.</p>
</footer>
</body>
</html>`}
`;
}
