/**
 * @module publish/web/render-methodology
 * The story's methodology: plain statements, the counts, and the weight of every source with its factors.
 */
import type { Methodology, SourceWeight } from '../../model/index.js';
import { PLATFORM_NAMES } from './describe-record.js';
import { html, type SafeHtml } from './html.js';

/** Weights and factor values print with two decimals: the precision the weighing stage works to. */
const WEIGHT_DECIMALS = 2;

function renderWeightRow(weight: SourceWeight): SafeHtml {
  const factors = weight.factors.map(
    (factor) =>
      html`<li><span class="factor-name">${factor.name}</span> ${factor.value.toFixed(WEIGHT_DECIMALS)}${factor.note ? html` <span class="muted">(${factor.note})</span>` : ''}</li>`,
  );
  return html`<tr>
  <th scope="row">${weight.venue}</th>
  <td data-label="Platform">${PLATFORM_NAMES[weight.platform]}</td>
  <td data-label="Kind">${weight.kind}</td>
  <td data-label="Records" class="number">${weight.recordCount}</td>
  <td data-label="Weight" class="number">${weight.weight.toFixed(WEIGHT_DECIMALS)}</td>
  <td data-label="Factors">${factors.length > 0 ? html`<ul class="factors">${factors}</ul>` : html`<span class="muted">none</span>`}</td>
</tr>`;
}

/** `<section>` "Methodology"; the statements print in order, so the story ends on its last one. */
export function renderMethodology(methodology: Methodology): SafeHtml {
  const thresholds = Object.entries(methodology.thresholds);
  return html`<section class="methodology" aria-labelledby="methodology-title">
  <h2 id="methodology-title">Methodology</h2>
  <p class="method-counts">${methodology.recordCount} records: ${methodology.pressCount} press, ${methodology.communityCount} community.
    Written by ${methodology.engine.name} ${methodology.engine.version}.
    ${methodology.sentencesDropped} ${methodology.sentencesDropped === 1 ? 'sentence was' : 'sentences were'} dropped by the verifier.</p>
  <div class="table-scroll">
  <table class="weights">
    <caption>Weight of each source in this story</caption>
    <thead><tr><th scope="col">Venue</th><th scope="col">Platform</th><th scope="col">Kind</th><th scope="col" class="number">Records</th><th scope="col" class="number">Weight</th><th scope="col">Factors</th></tr></thead>
    <tbody>${methodology.weights.map(renderWeightRow)}</tbody>
  </table>
  </div>
  ${
    thresholds.length > 0
      ? html`<p class="thresholds">Thresholds: ${thresholds.map(([name, value], index) => html`${index > 0 ? '; ' : ''}${name} ${value}`)}.</p>`
      : ''
  }
  <div class="method-statements">${methodology.statements.map((statement) => html`<p>${statement}</p>`)}</div>
</section>`;
}
