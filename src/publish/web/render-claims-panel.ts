/**
 * @module publish/web/render-claims-panel
 * "What the sources claim": each claim group with its status (corroborated, disputed, corrected,
 * single source), the claim in its first record's words, who carries it, and who said it first.
 */
import type { ClaimGroup, SourceRecord } from '../../model/index.js';
import { PLATFORM_NAMES } from './describe-record.js';
import { formatHours } from './format-time.js';
import { html, type SafeHtml } from './html.js';
import { recordPath } from './paths.js';

/** Claims shown on the page, strongest first (the story JSON holds all of them). */
export const MAX_CLAIMS_SHOWN = 8;
/** Single-source claims only fill the panel up to this many entries: they are leads, not findings. */
const FILL_WITH_SINGLE_SOURCE = 4;

const STATUS_LABELS: Readonly<Record<ClaimGroup['status'], string>> = {
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  corrected: 'Corrected',
  'single-source': 'Single source',
};

function sourcesLine(claim: ClaimGroup): string {
  const copies = claim.recordIds.length - claim.independentSources;
  const sources = `${claim.independentSources} independent ${claim.independentSources === 1 ? 'source' : 'sources'}`;
  return copies > 0 ? `${sources} in ${claim.recordIds.length} records` : sources;
}

function leadLine(claim: ClaimGroup): string | null {
  const hours = claim.timing.communityLeadHours;
  if (hours === null) return null;
  return hours >= 0 ? `community first by ${formatHours(hours)}` : `press first by ${formatHours(hours)}`;
}

function renderValues(claim: ClaimGroup, records: ReadonlyMap<string, SourceRecord>): SafeHtml {
  if (claim.status !== 'disputed' && claim.status !== 'corrected') return html``;
  const name = (id: string) => {
    const record = records.get(id);
    if (!record) return id;
    const venue = record.venue ?? PLATFORM_NAMES[record.platform];
    // A comment section's venue is the outlet it hangs under; its readers are not the outlet.
    return record.platform === 'comments' ? `readers commenting on ${venue}` : venue;
  };
  return html`<ul class="claim-values">${claim.values.map(
    (value) => html`<li><strong>${value.surface}</strong>: ${[...new Set(value.recordIds.map(name))].join(', ')}</li>`,
  )}</ul>`;
}

function renderClaim(claim: ClaimGroup, records: ReadonlyMap<string, SourceRecord>): SafeHtml {
  const lead = leadLine(claim);
  const correction = claim.correctedBy
    ? html`<p class="claim-correction">Superseded by <a href="${recordPath(claim.correctedBy.recordId)}">“${claim.correctedBy.text}”</a></p>`
    : '';
  return html`<li class="claim claim-${claim.status}">
  <span class="claim-status">${STATUS_LABELS[claim.status]}</span>
  <q class="claim-text"><a href="${recordPath(claim.recordId)}">${claim.text}</a></q>
  ${renderValues(claim, records)}
  ${correction}
  <p class="claim-meta">${sourcesLine(claim)}${lead ? ` · ${lead}` : ''}</p>
</li>`;
}

/** The panel; empty markup when the story has no claims. `records` name the venues of disputed values. */
export function renderClaimsPanel(claims: readonly ClaimGroup[], records: ReadonlyMap<string, SourceRecord>): SafeHtml {
  if (claims.length === 0) return html``;
  const strong = claims.filter((claim) => claim.status !== 'single-source');
  const single = claims.filter((claim) => claim.status === 'single-source');
  const shown = [...strong, ...single.slice(0, Math.max(0, FILL_WITH_SINGLE_SOURCE - strong.length))].slice(
    0,
    MAX_CLAIMS_SHOWN,
  );
  return html`<section class="claims" aria-labelledby="claims-title">
  <h2 id="claims-title">What the sources claim</h2>
  <ol>${shown.map((claim) => renderClaim(claim, records))}</ol>
  <p class="claims-note">Each claim in the words of the first record to state it, grouped with the records that state the same; counted, not judged.${claims.length > shown.length ? ` ${claims.length - shown.length} more in the story's JSON.` : ''}</p>
</section>`;
}
