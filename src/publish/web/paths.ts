/**
 * @module publish/web/paths
 * The site's URL scheme in one place: the routes and every link rendered to them agree through these.
 */

/** The front page. */
export const FRONT_PAGE_PATH = '/';
/** The one stylesheet. */
export const STYLESHEET_PATH = '/assets/style.css';
/** The site icon (SVG), linked from every page so browsers need not ask for /favicon.ico. */
export const ICON_PATH = '/assets/icon.svg';

/** `/stories/<id>`, the id percent-encoded. */
export function storyPath(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

/** `/records/<id>`, the id percent-encoded. */
export function recordPath(recordId: string): string {
  return `/records/${encodeURIComponent(recordId)}`;
}
