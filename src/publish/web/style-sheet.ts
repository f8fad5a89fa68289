/**
 * @module publish/web/style-sheet
 * The site's one stylesheet, served at /assets/style.css: a serif reading column, quiet metadata,
 * dark mode, small screens and print. Kept in a module so the build ships it with the code.
 */

import { CLAIMS_PANEL_STYLE } from './claims-panel-style.js';
import { STORYLINE_STYLE } from './storyline-style.js';

/** The CSS text. */
export const STYLE_SHEET = `
:root {
  --paper: #fbfaf6;
  --ink: #1b1b1b;
  --muted: #5c5a55;
  --rule: #d8d3c7;
  --rule-strong: #1b1b1b;
  --accent: #9b1c1c;
  --link: #1d4f91;
  --panel: #f2efe6;
  --serif: Charter, "Bitstream Charter", "Iowan Old Style", "Source Serif 4", "Sitka Text", Cambria, Georgia, "Liberation Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  --measure: 68ch;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --paper: #15171a;
    --ink: #e9e6df;
    --muted: #a8a49b;
    --rule: #3a3d42;
    --rule-strong: #e9e6df;
    --accent: #f08c7c;
    --link: #93b8f5;
    --panel: #1f2226;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font: 400 1.1875rem/1.65 var(--serif);
  font-kerning: normal;
  text-rendering: optimizeLegibility;
}
a { color: var(--link); text-decoration-thickness: 0.06em; text-underline-offset: 0.18em; }
a:hover { color: var(--accent); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
h1, h2, h3 { font-family: var(--serif); line-height: 1.2; font-weight: 700; text-wrap: balance; }
p { margin: 0 0 1em; }
.muted { color: var(--muted); }

/* Masthead and footer */
.masthead { border-bottom: 1px solid var(--rule); }
.masthead-front {
  text-align: center;
  padding: 2.25rem 1.25rem 1.1rem;
  border-bottom: 3px double var(--rule-strong);
  max-width: 72rem;
  margin: 0 auto;
}
.masthead-kicker, .masthead-line, .kicker, .byline, .teaser-meta, .asked-in, .relation,
.timing, .source-meta, .record-facts, .method-counts, .thresholds, .weights, .site-footer, .masthead-bar nav, figcaption {
  font-family: var(--sans);
}
.masthead-kicker { margin: 0 0 0.35rem; font-size: 0.75rem; letter-spacing: 0.14em; text-transform: uppercase; color: var(--muted); }
.site-title { margin: 0; font-weight: 700; letter-spacing: -0.01em; }
.site-title a { color: var(--ink); text-decoration: none; }
.masthead-front .site-title { font-size: clamp(2.4rem, 7vw, 4.25rem); line-height: 1.05; font-variant: small-caps; letter-spacing: 0.02em; }
.masthead-line { margin: 0.8rem 0 0; padding-top: 0.6rem; border-top: 1px solid var(--rule); font-size: 0.85rem; color: var(--muted); }
.masthead-bar {
  display: flex; align-items: baseline; justify-content: space-between; gap: 1rem;
  max-width: 72rem; margin: 0 auto; padding: 0.9rem 1.25rem;
  border-bottom: 2px solid var(--rule-strong);
}
.masthead-bar .site-title { font-size: 1.6rem; font-variant: small-caps; letter-spacing: 0.02em; }
.masthead-bar nav { font-size: 0.85rem; }
.masthead-bar nav a { color: var(--muted); text-decoration: none; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.site-footer {
  max-width: 72rem; margin: 0 auto; padding: 1.25rem 1.25rem 2.5rem;
  border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.8rem;
}
.site-footer p { max-width: var(--measure); }

/* Front page: the stories, and beside them on wide screens what the edition was built from */
.front-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem 3rem; }
@media (min-width: 60rem) { .front-layout { grid-template-columns: minmax(0, 2.2fr) minmax(15rem, 1fr); } }
.teaser { padding: 1.4rem 0 1.5rem; border-bottom: 1px solid var(--rule); }
.teaser:last-child { border-bottom: 0; }
.teaser-lead { padding-top: 0.4rem; border-bottom: 2px solid var(--rule-strong); }
.teaser-headline { margin: 0 0 0.5rem; font-size: 1.55rem; }
.teaser-lead .teaser-headline { font-size: clamp(1.9rem, 4vw, 2.75rem); letter-spacing: -0.01em; }
.teaser-headline a { color: var(--ink); text-decoration: none; }
.teaser-headline a:hover { text-decoration: underline; text-decoration-color: var(--accent); }
.teaser-dek { margin: 0 0 0.6rem; color: var(--ink); max-width: var(--measure); }
.teaser-lead .teaser-dek { font-size: 1.25rem; }
.teaser-meta { margin: 0; font-size: 0.8rem; color: var(--muted); }
.teaser-meta .counts { font-variant-numeric: tabular-nums; }
.empty-edition { max-width: var(--measure); margin: 2rem 0; }
.edition-panel {
  align-self: start; margin-top: 0.4rem; padding: 1rem 1.2rem; background: var(--panel);
  border-top: 3px solid var(--accent); font-family: var(--sans); font-size: 0.85rem; line-height: 1.5;
}
.edition-panel h2 { margin: 0 0 0.7rem; font-family: var(--sans); font-size: 0.75rem; letter-spacing: 0.12em; text-transform: uppercase; }
.edition-panel dl { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6rem 1rem; margin: 0 0 1rem; }
.edition-panel dt { color: var(--muted); font-size: 0.75rem; }
.edition-panel dd { margin: 0; font-family: var(--serif); font-size: 1.6rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.edition-panel p { margin: 0 0 0.6rem; color: var(--muted); }
.edition-panel strong { color: var(--ink); }

/* Story and record pages: one reading column */
.story, .record, .error-page { max-width: var(--measure); margin: 0 auto; }
.story-header { margin: 1rem 0 1.75rem; }
.headline { margin: 0 0 0.8rem; font-size: clamp(2rem, 5vw, 2.9rem); letter-spacing: -0.015em; }
.dek { margin: 0 0 1rem; font-size: 1.3rem; line-height: 1.45; color: var(--muted); }
.byline { margin: 0; padding-top: 0.7rem; border-top: 1px solid var(--rule); font-size: 0.82rem; color: var(--muted); }
.kicker { margin: 0 0 0.5rem; font-size: 0.75rem; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: var(--accent); }
.story h2 { margin: 2.2rem 0 0.7rem; font-size: 1.5rem; }
.story h3 { margin: 1.4rem 0 0.4rem; font-size: 1.15rem; }
sup.cite { font-family: var(--sans); font-size: 0.62em; line-height: 0; margin-left: 0.1em; font-variant-numeric: tabular-nums; }
sup.cite a { text-decoration: none; padding: 0 0.1em; }
sup.cite a:hover { text-decoration: underline; }
.cite-sep { color: var(--muted); }
h1 sup.cite { font-size: 0.95rem; font-weight: 400; vertical-align: super; }

/* Who said it first */
.timing {
  margin: 0 0 2rem; padding: 1rem 1.2rem; background: var(--panel);
  border-top: 3px solid var(--accent); font-size: 0.88rem; line-height: 1.5;
}
.timing h2 { margin: 0 0 0.6rem; font-family: var(--sans); font-size: 0.75rem; letter-spacing: 0.12em; text-transform: uppercase; }
.timing dl { margin: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); gap: 0.6rem 1.5rem; }
.timing dt { color: var(--muted); font-size: 0.78rem; }
.timing dd { margin: 0; }
.timing dd time { display: block; }
.timing .platform { color: var(--muted); }
.timing .platform::before { content: "· "; }
.timing-lead { margin: 0.8rem 0 0.2rem; font-family: var(--serif); font-size: 1.15rem; font-weight: 700; }
.timing-note { margin: 0; color: var(--muted); font-size: 0.78rem; }

${CLAIMS_PANEL_STYLE}/* Pull quotes */
.pull-quote { margin: 1.8rem 0; padding: 0.2rem 0 0.2rem 1.3rem; border-left: 3px solid var(--accent); }
.pull-quote blockquote { margin: 0; }
.pull-quote blockquote p { margin: 0 0 0.5rem; font-size: 1.3rem; line-height: 1.45; font-style: italic; }
.pull-quote blockquote p::before { content: "\\201C"; }
.pull-quote blockquote p::after { content: "\\201D"; }
.pull-quote figcaption { font-size: 0.85rem; color: var(--muted); }
.pull-quote .attribution { color: var(--ink); font-weight: 600; }
.quote-context { margin: 0.5rem 0 0; font-size: 1rem; color: var(--muted); }

/* Corrections and updates */
.changelog { margin: 1.4rem 0; padding: 0.8rem 1rem; border-left: 3px solid var(--accent); background: var(--panel); font-size: 0.92rem; }
.changelog h2 { font-family: var(--sans); font-size: 0.8rem; letter-spacing: 0.12em; text-transform: uppercase; margin: 0 0 0.5rem; }
.changelog ul { margin: 0; padding-left: 1.1rem; }

/* Story so far, FAQ, related */
.story-so-far { margin-top: 2.5rem; padding: 1.2rem 0 0.4rem; border-top: 2px solid var(--rule-strong); }
.story-so-far h2, .faq > h2, .related h2, .storyline h2, .sources h2, .methodology h2 {
  font-family: var(--sans); font-size: 0.8rem; letter-spacing: 0.12em; text-transform: uppercase; margin: 0 0 0.9rem;
}
.faq { margin-top: 2.2rem; padding-top: 1.2rem; border-top: 2px solid var(--rule-strong); }
.faq-item { padding: 0.2rem 0 0.6rem; border-bottom: 1px solid var(--rule); }
.faq-item:last-child { border-bottom: 0; }
.faq-item h3 { margin-top: 0.6rem; }
.faq-item p { margin-bottom: 0.5rem; }
.asked-in { font-size: 0.78rem; color: var(--muted); }
.related { margin-top: 2.2rem; padding-top: 1.2rem; border-top: 2px solid var(--rule-strong); }
.related ul { list-style: none; margin: 0; padding: 0; }
.related li { padding: 0.7rem 0; border-bottom: 1px solid var(--rule); }
.relation { display: inline-block; margin-bottom: 0.2rem; font-size: 0.7rem; font-weight: 600; letter-spacing: 0.1em; text-transform: uppercase; color: var(--accent); }
.related-headline { display: block; font-size: 1.15rem; font-weight: 700; line-height: 1.3; color: var(--ink); text-decoration: none; }
.related-headline:hover { text-decoration: underline; }
.related-dek { margin: 0.25rem 0 0; font-size: 0.98rem; color: var(--muted); }
${STORYLINE_STYLE}
/* Sources and methodology */
.sources, .methodology { margin-top: 2.5rem; padding-top: 1.2rem; border-top: 2px solid var(--rule-strong); font-size: 0.95rem; }
.sources h3 { font-family: var(--sans); font-size: 0.8rem; color: var(--muted); margin: 1.4rem 0 0.5rem; }
.source-list { margin: 0; padding-left: 2rem; }
.source-list li { margin: 0 0 0.7rem; padding-left: 0.2rem; line-height: 1.4; }
.source-list li::marker { font-family: var(--sans); font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.source-list-uncited { list-style: square; }
.source-venue { font-family: var(--sans); font-weight: 600; font-size: 0.85rem; }
.source-meta { display: block; font-size: 0.78rem; color: var(--muted); }
.source-title { display: block; }
.method-counts, .thresholds { font-size: 0.85rem; color: var(--muted); }
.method-statements p { margin-bottom: 0.5rem; }
.method-statements p:last-child { font-weight: 700; }
.table-scroll { overflow-x: auto; margin: 1rem 0; }
.weights { width: 100%; border-collapse: collapse; font-size: 0.8rem; line-height: 1.35; }
.weights caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
.weights th, .weights td { padding: 0.45rem 0.6rem 0.45rem 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
.weights thead th { border-bottom: 2px solid var(--rule-strong); font-weight: 600; color: var(--muted); white-space: nowrap; }
.weights .number { text-align: right; font-variant-numeric: tabular-nums; }
.factors { margin: 0; padding: 0; list-style: none; }
.factor-name { font-weight: 600; }

/* Record page */
.record-header { margin: 1rem 0 1.5rem; }
.record-title { margin: 0 0 0.6rem; font-size: clamp(1.6rem, 4vw, 2.3rem); }
.record-facts {
  display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr)); gap: 0.6rem 1.5rem;
  margin: 0 0 2rem; padding: 1rem 1.2rem; background: var(--panel); font-size: 0.85rem; line-height: 1.4;
}
.record-facts dt { color: var(--muted); font-size: 0.72rem; letter-spacing: 0.08em; text-transform: uppercase; }
.record-facts dd { margin: 0; overflow-wrap: anywhere; }
.record-facts .thread-link { grid-column: 1 / -1; }
.record-text { border-left: 3px solid var(--rule); padding-left: 1.2rem; }
.original { font-family: var(--sans); font-size: 0.9rem; margin: 1.5rem 0; }
.cited-in { margin-top: 2rem; padding-top: 1rem; border-top: 2px solid var(--rule-strong); }
.cited-in h2 { font-family: var(--sans); font-size: 0.8rem; letter-spacing: 0.12em; text-transform: uppercase; }
.cited-in ul { padding-left: 1.2rem; }
.error-page { padding: 2rem 0; }

/* Small screens */
@media (max-width: 40rem) {
  body { font-size: 1.0625rem; line-height: 1.6; }
  main { padding: 1rem 1rem 2rem; }
  .masthead-front { padding: 1.5rem 1rem 0.9rem; }
  .masthead-bar { padding: 0.7rem 1rem; }
  .dek { font-size: 1.15rem; }
  .pull-quote blockquote p { font-size: 1.15rem; }
  .weights thead { display: none; }
  .weights, .weights caption, .weights tbody, .weights tr { display: block; width: 100%; }
  .weights tr { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.15rem 1rem; padding: 0.7rem 0; border-bottom: 1px solid var(--rule); }
  .weights th, .weights td { display: block; border: 0; padding: 0; text-align: left; }
  .weights th[scope="row"], .weights td[data-label="Factors"] { grid-column: 1 / -1; }
  .weights th[scope="row"] { font-size: 0.9rem; }
  .weights .number { text-align: left; }
  .weights td::before { content: attr(data-label) ": "; color: var(--muted); }
}

/* Print: black on white, links spelled out for sources */
@media print {
  :root { --paper: #fff; --ink: #000; --muted: #333; --rule: #999; --rule-strong: #000; --panel: #fff; --accent: #000; --link: #000; }
  body { font-size: 11pt; }
  .masthead-bar nav, .site-footer { display: none; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  .original a::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  .pull-quote, .faq-item, .timing, .weights tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}
`;
