/**
 * @module publish/web/render-front-page
 * The front page: the latest edition's masthead line, then every story in front-page order.
 */
import type { Edition, Story } from '../../model/index.js';
import { formatHours, renderTime } from './format-time.js';
import { html, type SafeHtml } from './html.js';
import { storyPath } from './paths.js';
import { renderLayout } from './render-layout.js';

/** "12 records · 4 press · 8 community · community lead 14 h"; the lead part only when measured. */
export function describeCounts(story: Story): string {
  const parts = [
    `${story.recordIds.length} records`,
    `${story.kindCounts.press} press`,
    `${story.kindCounts.community} community`,
  ];
  const lead = story.timing.communityLeadHours;
  if (lead !== null) parts.push(`${lead < 0 ? 'press' : 'community'} lead ${formatHours(lead)}`);
  return parts.join(' · ');
}

function renderTeaser(story: Story, index: number): SafeHtml {
  return html`<article class="teaser${index === 0 ? ' teaser-lead' : ''}">
  <h2 class="teaser-headline"><a href="${storyPath(story.id)}">${story.headline.text}</a></h2>
  <p class="teaser-dek">${story.dek.text}</p>
  <p class="teaser-meta"><span class="counts">${describeCounts(story)}</span> · Updated ${renderTime(story.updatedAt)}</p>
</article>`;
}

/** The side panel: what the edition was built from, and how to read the counts. */
function renderEditionPanel(edition: Edition): SafeHtml {
  const { stats } = edition;
  return html`<aside class="edition-panel" aria-labelledby="edition-panel-title">
  <h2 id="edition-panel-title">In this edition</h2>
  <dl>
    <div><dt>Stories</dt><dd>${stats.stories}</dd></div>
    <div><dt>Source records</dt><dd>${stats.records}</dd></div>
    <div><dt>Sentences published</dt><dd>${stats.sentencesPublished}</dd></div>
    <div><dt>Dropped by the verifier</dt><dd>${stats.sentencesDropped}</dd></div>
    ${
      edition.audit
        ? html`<div><dt>Citations</dt><dd>${edition.audit.citations}</dd></div>
    <div><dt>Injection attempts in sources</dt><dd>${new Set(edition.audit.injections.map((flag) => flag.recordId)).size}</dd></div>`
        : ''
    }
  </dl>
  <p>Written by ${edition.engine.name} ${edition.engine.version}. Every sentence carries numbered links to the records it rests on.</p>
  <p><strong>Community lead</strong> is measured, not judged: the hours between the first community record and the first press record of a story.</p>
</aside>`;
}

/**
 * The front page document. `edition` null means nothing has been built yet: the page says so.
 * Stories print in `edition.storyIds` order; stories missing from `stories` are skipped.
 */
export function renderFrontPage(siteTitle: string, edition: Edition | null, stories: readonly Story[]): string {
  if (!edition) {
    return renderLayout({
      siteTitle,
      pageTitle: null,
      masthead: 'front',
      body: html`<section class="empty-edition"><h2>No edition yet</h2><p>Nothing has been published. Build an edition, then reload this page.</p></section>`,
    });
  }
  const byId = new Map(stories.map((story) => [story.id, story]));
  const ordered = edition.storyIds.map((id) => byId.get(id)).filter((story): story is Story => story !== undefined);
  const mastheadLine = html`Edition of ${renderTime(edition.createdAt)} · ${ordered.length} ${ordered.length === 1 ? 'story' : 'stories'} from ${edition.stats.records} records`;
  const storyList =
    ordered.length > 0
      ? html`<section class="front-stories" aria-label="Stories in this edition">${ordered.map(renderTeaser)}</section>`
      : html`<section class="empty-edition"><h2>No stories in this edition</h2><p>The latest edition found no story with enough sources to publish.</p></section>`;
  const body = html`<div class="front-layout">${storyList}${renderEditionPanel(edition)}</div>`;
  return renderLayout({
    siteTitle,
    pageTitle: null,
    masthead: 'front',
    mastheadLine,
    description: `The ${siteTitle} edition of ${edition.createdAt.slice(0, 10)}`,
    body,
  });
}
