/**
 * @module publish/web/render-story-page
 * The story page: headline, dek, who said it first, the argument in sections with community quotes,
 * the story so far, questions, related stories, sources and methodology.
 */
import type { FaqItem, RelatedStory, Sentence, SourceRecord, Story } from '../../model/index.js';
import { renderTime } from './format-time.js';
import { html, type SafeHtml } from './html.js';
import { storyPath } from './paths.js';
import {
  numberCitations,
  renderCitations,
  renderProse,
  renderSentence,
  type CitationContext,
} from './render-citations.js';
import { renderLayout } from './render-layout.js';
import { renderMethodology } from './render-methodology.js';
import { renderQuote } from './render-quote.js';
import { renderSources } from './render-sources.js';
import { renderTimingPanel } from './render-timing-panel.js';
import { renderClaimsPanel } from './render-claims-panel.js';
import { interleaveQuotes, storyReadingOrder } from './story-reading-order.js';

/** Sentences per paragraph in a section: news paragraphs run two to four sentences. */
const SENTENCES_PER_PARAGRAPH = 3;

/** What the story page prints: the story and the stored records it cites or measures, by id. */
export interface StoryPageData {
  story: Story;
  records: ReadonlyMap<string, SourceRecord>;
}

function paragraphs(sentences: readonly Sentence[], context: CitationContext): SafeHtml[] {
  const out: SafeHtml[] = [];
  for (let start = 0; start < sentences.length; start += SENTENCES_PER_PARAGRAPH) {
    out.push(renderProse(sentences.slice(start, start + SENTENCES_PER_PARAGRAPH), context));
  }
  return out;
}

function renderFaqItem(item: FaqItem, context: CitationContext): SafeHtml {
  return html`<div class="faq-item">
  <h3>${item.question}</h3>
  ${renderProse(item.answer, context)}
  ${item.askedIn.length > 0 ? html`<p class="asked-in">Asked ${askedWhere(item.askedIn, context)}${renderCitations(item.askedIn, context)}</p>` : ''}
</div>`;
}

/** "on r/hardware and Hacker News": where a question was asked, by venue, in the order of first asking. */
function askedWhere(recordIds: readonly string[], context: CitationContext): string {
  const venues = [
    ...new Set(
      recordIds
        .map((id) => context.records.get(id))
        .map((record) => record?.venue ?? record?.platform)
        .filter((venue): venue is string => !!venue),
    ),
  ];
  if (venues.length === 0) return 'in the threads';
  return `on ${venues.length === 1 ? venues[0] : `${venues.slice(0, -1).join(', ')} and ${venues.at(-1)}`}`;
}

/** The dated notes of what changed since earlier editions: corrections at the source, withdrawn sentences. */
function renderChangelog(story: Story): SafeHtml | '' {
  const entries = story.changelog ?? [];
  if (entries.length === 0) return '';
  return html`<section class="changelog" aria-labelledby="changelog-title">
  <h2 id="changelog-title">Corrections and updates</h2>
  <ul>${entries.map((entry) => html`<li>${renderTime(entry.at)}: ${entry.note}</li>`)}</ul>
</section>`;
}

function renderRelated(related: RelatedStory): SafeHtml {
  return html`<li>
  <span class="relation">${related.relation.replace('-', ' ')}</span>
  <a class="related-headline" href="${storyPath(related.storyId)}">${related.headline}</a>
  <p class="related-dek">${related.dek}</p>
</li>`;
}

/** The arc this story is part of: every story of it in the order they began, this one marked. */
function renderStoryline(story: Story): SafeHtml | string {
  if (!story.storyline) return '';
  const items = story.storyline.stories.map((entry, index) =>
    entry.storyId === story.id
      ? html`<li aria-current="page"><span class="storyline-step">${String(index + 1)}</span> ${entry.headline} <span class="storyline-here">(this story)</span></li>`
      : html`<li><span class="storyline-step">${String(index + 1)}</span> <a href="${storyPath(entry.storyId)}">${entry.headline}</a></li>`,
  );
  return html`<nav class="storyline" aria-labelledby="storyline-title"><h2 id="storyline-title">The storyline</h2><p class="storyline-note">${String(story.storyline.stories.length)} stories of one longer arc, in the order they began.</p><ol>${items}</ol></nav>`;
}

/** A complete story page document. Citation numbers run 1, 2, 3… in the order the page prints them. */
export function renderStoryPage(siteTitle: string, data: StoryPageData): string {
  const { story } = data;
  const context: CitationContext = { numbers: numberCitations(storyReadingOrder(story)), records: data.records };
  const sections = interleaveQuotes(story).map(
    ({ section, quotes }, index) => html`<section class="story-section" aria-labelledby="section-${index + 1}">
  ${section.title ? html`<h2 id="section-${index + 1}">${section.title}</h2>` : ''}
  ${paragraphs(section.sentences, context)}
  ${quotes.map((quote) => renderQuote(quote, context))}
</section>`,
  );
  const body = html`<article class="story">
<header class="story-header">
  <h1 class="headline">${story.headline.text}${renderCitations(story.headline.citations, context)}</h1>
  <p class="dek">${renderSentence(story.dek, context)}</p>
  <p class="byline">Updated ${renderTime(story.updatedAt)} · ${story.methodology.recordCount} records: ${story.kindCounts.press} press, ${story.kindCounts.community} community</p>
</header>
${renderChangelog(story)}
${renderTimingPanel(story.timing)}
<div class="story-body">
${sections}
</div>
${renderClaimsPanel(story.claims ?? [], data.records)}
${story.storySoFar.length > 0 ? html`<section class="story-so-far" aria-labelledby="so-far-title"><h2 id="so-far-title">The story so far</h2>${renderProse(story.storySoFar, context)}</section>` : ''}
${story.faq.length > 0 ? html`<section class="faq" aria-labelledby="faq-title"><h2 id="faq-title">Frequently asked</h2>${story.faq.map((item) => renderFaqItem(item, context))}</section>` : ''}
${story.related.length > 0 ? html`<nav class="related" aria-labelledby="related-title"><h2 id="related-title">Continue reading</h2><ul>${story.related.map(renderRelated)}</ul></nav>` : ''}
${renderStoryline(story)}
${renderSources(story, context)}
${renderMethodology(story.methodology)}
</article>`;
  return renderLayout({
    siteTitle,
    pageTitle: story.headline.text,
    description: story.dek.text,
    masthead: 'bar',
    body,
  });
}
