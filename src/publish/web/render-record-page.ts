/**
 * @module publish/web/render-record-page
 * A record page: one stored article, post or comment as the engine read it, with its thread and the stories citing it.
 */
import type { Engagement, SourceRecord, Story } from '../../model/index.js';
import { PLATFORM_NAMES, recordHeading, recordTitle } from './describe-record.js';
import { renderTime } from './format-time.js';
import { html, type SafeHtml } from './html.js';
import { recordPath, storyPath } from './paths.js';
import { renderLayout } from './render-layout.js';
import { linkableUrl } from './safe-url.js';

/** What the record page prints. `parent` and `root` are null when the record has none or it is not stored. */
export interface RecordPageData {
  record: SourceRecord;
  parent: SourceRecord | null;
  root: SourceRecord | null;
  citedIn: Story[];
}

/** "score 412 · 37 replies"; null when the platform reported nothing. */
export function describeEngagement(engagement: Engagement): string | null {
  const parts: string[] = [];
  if (engagement.score !== undefined) parts.push(`score ${engagement.score}`);
  if (engagement.likes !== undefined) parts.push(countOf(engagement.likes, 'like'));
  if (engagement.reposts !== undefined) parts.push(countOf(engagement.reposts, 'repost'));
  if (engagement.replies !== undefined) parts.push(countOf(engagement.replies, 'reply', 'replies'));
  return parts.length > 0 ? parts.join(' · ') : null;
}

function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The record's cleaned text as paragraphs (split on blank lines), single line breaks kept. */
function renderText(text: string): SafeHtml[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(
      (paragraph) =>
        html`<p>${paragraph.split('\n').map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}</p>`,
    );
}

function renderThreadLink(label: string, id: string | null, stored: SourceRecord | null): SafeHtml {
  if (!id) return html``;
  const text = stored ? recordTitle(stored) : 'not in the store';
  return html`<div class="thread-link"><dt>${label}</dt><dd><a href="${recordPath(id)}">${text}</a></dd></div>`;
}

/** A complete record page document. The original URL is linked only when it is http(s). */
export function renderRecordPage(siteTitle: string, data: RecordPageData): string {
  const { record } = data;
  const title = recordHeading(record);
  const original = linkableUrl(record.url) ?? linkableUrl(record.canonicalUrl);
  const engagement = describeEngagement(record.engagement);
  const body = html`<article class="record">
<header class="record-header">
  <p class="kicker">${PLATFORM_NAMES[record.platform]} · ${record.kind} record</p>
  <h1 class="record-title">${title}</h1>
  ${
    record.title?.trim()
      ? html`<p class="byline">${record.author ? html`By <span class="author">${record.author}</span>` : 'Author not given'}${record.venue ? html` in <span class="venue">${record.venue}</span>` : ''}</p>`
      : ''
  }
</header>
<dl class="record-facts">
  <div><dt>Platform</dt><dd>${PLATFORM_NAMES[record.platform]}</dd></div>
  <div><dt>Kind</dt><dd>${record.kind}</dd></div>
  <div><dt>Venue</dt><dd>${record.venue ?? 'not given'}</dd></div>
  <div><dt>Author</dt><dd>${record.author ?? 'not given'}</dd></div>
  <div><dt>Published</dt><dd>${renderTime(record.publishedAt, { fallback: 'not given' })}</dd></div>
  <div><dt>Fetched</dt><dd>${renderTime(record.fetchedAt)}</dd></div>
  ${engagement ? html`<div><dt>Engagement</dt><dd>${engagement}</dd></div>` : ''}
  ${renderThreadLink('In reply to', record.parentId, data.parent)}
  ${record.threadId !== record.parentId ? renderThreadLink('Thread', record.threadId, data.root) : ''}
</dl>
<section class="record-text" aria-label="Text as read">
${renderText(record.text)}
</section>
<p class="original">${
    original
      ? html`<a href="${original}" rel="nofollow noopener noreferrer">Read the original</a>`
      : html`<span class="muted">No web address to link to.</span>`
  }</p>
<section class="cited-in" aria-labelledby="cited-in-title">
  <h2 id="cited-in-title">Cited in</h2>
  ${
    data.citedIn.length > 0
      ? html`<ul>${data.citedIn.map((story) => html`<li><a href="${storyPath(story.id)}">${story.headline.text}</a></li>`)}</ul>`
      : html`<p class="muted">No story in the latest edition cites this record.</p>`
  }
</section>
</article>`;
  return renderLayout({ siteTitle, pageTitle: title, masthead: 'bar', body });
}
