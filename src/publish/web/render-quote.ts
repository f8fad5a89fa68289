/**
 * @module publish/web/render-quote
 * A community quote as a pull quote: the verbatim words, who said them and where, and the citation.
 */
import type { CommunityQuote } from '../../model/index.js';
import { PLATFORM_NAMES } from './describe-record.js';
import { html, type SafeHtml } from './html.js';
import { renderCitations, type CitationContext } from './render-citations.js';

/** Folds quotation marks and whitespace so a sentence that already carries the quote is recognised. */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * `<figure>` with the verbatim quote in a blockquote and the attribution in the caption. The quote's
 * sentence is printed as well, under the caption, unless it merely repeats the quote.
 */
export function renderQuote(quote: CommunityQuote, context: CitationContext): SafeHtml {
  const sentenceAddsContext = !normalise(quote.sentence.text).includes(normalise(quote.quote));
  return html`<figure class="pull-quote">
  <blockquote><p>${quote.quote}</p></blockquote>
  <figcaption><span class="attribution">${quote.attribution}</span>, <span class="platform">${PLATFORM_NAMES[quote.platform]}</span>${renderCitations(quote.sentence.citations, context)}</figcaption>
  ${sentenceAddsContext ? html`<p class="quote-context">${quote.sentence.text}</p>` : ''}
</figure>`;
}
