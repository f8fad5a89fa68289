/**
 * @module publish/web/render-citations
 * Numbers a story's citations in reading order and prints each sentence with its superscript links.
 */
import type { Sentence, SourceRecord } from '../../model/index.js';
import { recordByline } from './describe-record.js';
import { html, type SafeHtml } from './html.js';
import { recordPath } from './paths.js';

/** What a page needs to print citations: the number of each cited record id and the records it could load. */
export interface CitationContext {
  numbers: ReadonlyMap<string, number>;
  records: ReadonlyMap<string, SourceRecord>;
}

/** Numbers record ids 1, 2, 3… in order of first citation across `sentences`, which must be in reading order. */
export function numberCitations(sentences: readonly Sentence[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const sentence of sentences) {
    for (const id of sentence.citations) {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}

/** The superscript links for a sentence's citations; empty markup when it cites nothing. */
export function renderCitations(citations: readonly string[], context: CitationContext): SafeHtml {
  const unique = [...new Set(citations)];
  if (unique.length === 0) return html``;
  const links = unique.map((id) => {
    const record = context.records.get(id);
    const label = record ? recordByline(record) : 'record not in the store';
    return html`<a href="${recordPath(id)}" title="${label}">${context.numbers.get(id) ?? '?'}</a>`;
  });
  return html`<sup class="cite">${links.map((link, index) => (index === 0 ? link : html`<span class="cite-sep">,</span>${link}`))}</sup>`;
}

/** A sentence's text followed by its citations, and a space so sentences run on as prose. */
export function renderSentence(sentence: Sentence, context: CitationContext): SafeHtml {
  return html`${sentence.text}${renderCitations(sentence.citations, context)} `;
}

/** Sentences run together as one paragraph of prose. */
export function renderProse(sentences: readonly Sentence[], context: CitationContext): SafeHtml {
  return html`<p>${sentences.map((sentence) => renderSentence(sentence, context))}</p>`;
}
