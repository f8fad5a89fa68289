/**
 * @module publish/web/storyline-style
 * The style of "The storyline" (render-story-page.ts), set into the site's style sheet right after
 * "Continue reading", whose look it shares.
 */
export const STORYLINE_STYLE = `.storyline { margin-top: 2.2rem; padding-top: 1.2rem; border-top: 2px solid var(--rule-strong); }
.storyline-note { margin: 0 0 0.6rem; font-size: 0.9rem; color: var(--muted); }
.storyline ol { list-style: none; margin: 0; padding: 0; }
.storyline li { padding: 0.45rem 0; border-bottom: 1px solid var(--rule); font-weight: 600; }
.storyline-step { display: inline-block; min-width: 1.6rem; font-family: var(--sans); font-size: 0.8rem; color: var(--accent); }
.storyline-here { font-weight: 400; color: var(--muted); }
`;
