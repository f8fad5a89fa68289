/**
 * @module publish/web/claims-panel-style
 * The style of "What the sources claim" (render-claims-panel.ts), set into the site's style sheet
 * where the panel's rules belong: after the timing panel, before the pull quotes.
 */
export const CLAIMS_PANEL_STYLE = `/* What the sources claim */
.claims { margin: 2.5rem 0; font-size: 0.92rem; }
.claims h2 { font-family: var(--sans); font-size: 0.75rem; letter-spacing: 0.12em; text-transform: uppercase; }
.claims ol { list-style: none; margin: 0; padding: 0; }
.claim { padding: 0.7rem 0; border-top: 1px solid var(--rule); }
.claim-status { display: inline-block; margin-right: 0.5rem; padding: 0 0.4rem; font-family: var(--sans); font-size: 0.7rem; letter-spacing: 0.06em; text-transform: uppercase; border: 1px solid currentColor; border-radius: 2px; }
.claim-corroborated .claim-status { color: var(--link); }
.claim-disputed .claim-status, .claim-corrected .claim-status { color: var(--accent); }
.claim-single-source .claim-status { color: var(--muted); }
.claim-text a { color: inherit; text-decoration: none; }
.claim-text a:hover { text-decoration: underline; }
.claim-values { margin: 0.3rem 0 0; padding-left: 1.2rem; }
.claim-meta, .claim-correction, .claims-note { margin: 0.3rem 0 0; color: var(--muted); font-size: 0.8rem; }

`;
