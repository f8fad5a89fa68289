/**
 * @module publish/web/render-sources
 * The story's source list: every cited record by its citation number, then the records read but not cited.
 */
import type { SourceRecord, Story } from '../../model/index.js';
import { PLATFORM_NAMES, recordTitle } from './describe-record.js';
import { renderTime } from './format-time.js';
import { html, type SafeHtml } from './html.js';
import { recordPath } from './paths.js';
import type { CitationContext } from './render-citations.js';

function renderSourceEntry(id: string, record: SourceRecord | undefined, number: number | null): SafeHtml {
  const numberAttribute = number === null ? '' : html` value="${number}"`;
  if (!record) {
    return html`<li${numberAttribute} id="source-${number ?? id}"><a href="${recordPath(id)}">${id}</a> <span class="muted">(not in the store)</span></li>`;
  }
  return html`<li${numberAttribute} id="source-${number ?? id}">
  <span class="source-venue">${record.venue ?? PLATFORM_NAMES[record.platform]}</span>
  <span class="source-meta">${PLATFORM_NAMES[record.platform]} · ${record.kind}${record.author ? html` · ${record.author}` : ''} · ${renderTime(record.publishedAt, { fallback: 'undated' })}</span>
  <a class="source-title" href="${recordPath(id)}">${recordTitle(record)}</a>
</li>`;
}

/** `<section>` "Sources": the numbered list of cited records, and a plain list of the story's other records. */
export function renderSources(story: Story, context: CitationContext): SafeHtml {
  const cited = [...context.numbers.entries()].sort((a, b) => a[1] - b[1]);
  const uncited = story.recordIds.filter((id) => !context.numbers.has(id));
  return html`<section class="sources" aria-labelledby="sources-title">
  <h2 id="sources-title">Sources</h2>
  <ol class="source-list">
    ${cited.map(([id, number]) => renderSourceEntry(id, context.records.get(id), number))}
  </ol>
  ${
    uncited.length > 0
      ? html`<h3>Also read, not cited (${uncited.length})</h3>
  <ul class="source-list source-list-uncited">
    ${uncited.map((id) => renderSourceEntry(id, context.records.get(id), null))}
  </ul>`
      : ''
  }
</section>`;
}
