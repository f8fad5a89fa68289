/**
 * @module publish/web/site-icon
 * The site's icon, served at /assets/icon.svg: a serif "u" over a wave, in the masthead's ink and accent.
 */

/** The SVG text; drawn on a 64-unit square so it stays crisp from 16 to 180 pixels. */
export const SITE_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="10" fill="#1b1b1b"/>
<text x="32" y="40" text-anchor="middle" font-family="Georgia, 'Liberation Serif', serif" font-size="40" font-weight="700" fill="#fbfaf6">u</text>
<path d="M10 50 q5.5 -5 11 0 t11 0 t11 0 t11 0" fill="none" stroke="#e0604f" stroke-width="3.5" stroke-linecap="round"/>
</svg>
`;
