/**
 * @module publish/web/render-timing-panel
 * "Who said it first": the first community record against the first press record, and the lead in hours.
 */
import type { FirstMention, StoryTiming } from '../../model/index.js';
import { PLATFORM_NAMES } from './describe-record.js';
import { formatHours, renderTime } from './format-time.js';
import { html, type SafeHtml } from './html.js';
import { recordPath } from './paths.js';

/** Leads under this many hours print as "within minutes": below the one-decimal precision of the lead. */
const SAME_TIME_HOURS = 0.05;

function renderMention(side: string, mention: FirstMention | null): SafeHtml {
  const value = mention
    ? html`<a href="${recordPath(mention.recordId)}">${mention.venue ?? PLATFORM_NAMES[mention.platform]}</a>
      <span class="platform">${PLATFORM_NAMES[mention.platform]}</span> ${renderTime(mention.at)}`
    : html`<span class="muted">no ${side.toLowerCase()} record in this story</span>`;
  return html`<div class="timing-row"><dt>First ${side.toLowerCase()} record</dt><dd>${value}</dd></div>`;
}

/** The lead as a sentence of measurement; null when one side is missing. */
export function describeLead(hours: number | null): string | null {
  if (hours === null) return null;
  if (Math.abs(hours) < SAME_TIME_HOURS) return 'Community and press published within minutes of each other.';
  return hours > 0
    ? `The community was first, by ${formatHours(hours)}.`
    : `The press was first, by ${formatHours(hours)}.`;
}

/** The panel; empty markup when the story has neither a community nor a press record dated. */
export function renderTimingPanel(timing: StoryTiming): SafeHtml {
  if (!timing.communityFirst && !timing.pressFirst) return html``;
  const lead = describeLead(timing.communityLeadHours);
  return html`<aside class="timing" aria-labelledby="timing-title">
  <h2 id="timing-title">Who said it first</h2>
  <dl>
    ${renderMention('Community', timing.communityFirst)}
    ${renderMention('Press', timing.pressFirst)}
  </dl>
  ${lead ? html`<p class="timing-lead">${lead}</p>` : ''}
  <p class="timing-note">Measured from the publication times of the records, not judged.</p>
</aside>`;
}
