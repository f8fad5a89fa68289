/**
 * @module publish/web/render-error-page
 * The page shown for 404s and failures: a heading and a safe message, in the site's shell.
 */
import { html } from './html.js';
import { FRONT_PAGE_PATH } from './paths.js';
import { renderLayout } from './render-layout.js';

const HEADINGS: Record<number, string> = {
  404: 'Not found',
  503: 'Temporarily unavailable',
};

/** A complete error document; `message` must already be safe to show (it is escaped all the same). */
export function renderErrorPage(siteTitle: string, status: number, message: string): string {
  const heading = HEADINGS[status] ?? 'Something went wrong';
  const body = html`<section class="error-page">
  <p class="kicker">Error ${status}</p>
  <h1>${heading}</h1>
  <p>${message}</p>
  <p><a href="${FRONT_PAGE_PATH}">Go to the latest edition</a></p>
</section>`;
  return renderLayout({ siteTitle, pageTitle: heading, masthead: 'bar', body });
}
