import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { WRITING_METHODS } from '../../test-support/writing-methods.js';
import { createSampleStore, sampleEdition } from '../../test-support/sample-edition.js';
import { createWebApp } from './create-web-app.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

async function page(app: ReturnType<typeof createWebApp>, path: string) {
  const response = await app.request(path);
  const body = await response.text();
  return { response, body, document: parseHTML(body).document };
}

function texts(document: ReturnType<typeof parseHTML>['document'], selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) =>
    (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

describe('createWebApp', () => {
  it('lists every story of the latest edition on the front page, in edition order, with counts and lead', async () => {
    const sample = sampleEdition();
    const app = createWebApp({ store: await createSampleStore(sample), siteTitle: 'The Undertow' });
    const { response, document } = await page(app, '/');
    expect(response.status).toBe(200);
    expect(texts(document, '.site-title')).toEqual(['The Undertow']);
    expect(texts(document, '.masthead-line')[0]).toContain('24 November 2026, 06:30 UTC');
    expect(texts(document, '.teaser-headline a')).toEqual(sample.stories.map((story) => story.headline.text));
    expect([...document.querySelectorAll('.teaser-headline a')].map((link) => link.getAttribute('href'))).toEqual(
      sample.stories.map((story) => `/stories/${story.id}`),
    );
    expect(texts(document, '.counts')[0]).toBe('6 records · 2 press · 4 community · community lead 29.8 h');
  });

  it('says so when no edition has been built', async () => {
    const { InMemoryRecordStore } = await import('../../test-support/in-memory-record-store.js');
    const { response, body } = await page(createWebApp({ store: new InMemoryRecordStore() }), '/');
    expect(response.status).toBe(200);
    expect(body).toContain('No edition yet');
  });

  it('prints every part of a story page', async () => {
    const sample = sampleEdition();
    const story = sample.stories[0]!;
    const app = createWebApp({ store: await createSampleStore(sample) });
    const { response, document } = await page(app, `/stories/${story.id}`);
    expect(response.status).toBe(200);
    expect(texts(document, 'h1.headline')[0]).toContain(story.headline.text);
    expect(texts(document, '.dek')[0]).toContain(story.dek.text);
    expect(texts(document, '.story-section h2')).toEqual(story.sections.map((section) => section.title));
    for (const sentence of story.sections.flatMap((section) => section.sentences)) {
      expect(texts(document, '.story-section p').join(' ')).toContain(sentence.text);
    }
    expect(texts(document, 'blockquote')).toEqual(story.quotes.map((quote) => quote.quote));
    expect(texts(document, 'figcaption .attribution')).toEqual(story.quotes.map((quote) => quote.attribution));
    expect(texts(document, '.story-so-far p')[0]).toContain(story.storySoFar[0]!.text);
    expect(texts(document, '.faq h3')).toEqual(story.faq.map((item) => item.question));
    expect(texts(document, '.asked-in')[0]).toMatch(/^Asked on r\/hardware and Hacker News\d,\d$/);
    expect(texts(document, '.related-headline')).toEqual(story.related.map((related) => related.headline));
    expect(texts(document, '.relation')).toEqual(story.related.map((related) => related.relation));
    expect(texts(document, '.weights tbody th')).toEqual(story.methodology.weights.map((weight) => weight.venue));
    expect(texts(document, '.weights tbody td.number')).toContain(story.methodology.weights[1]!.weight.toFixed(2));
    expect(texts(document, '.factor-name')).toContain('independence');
    expect(texts(document, '.method-statements p').at(-1)).toBe('No human editorial judgment was applied.');
  });

  it('shows who said it first with links to both first records and the lead in hours', async () => {
    const story = sampleEdition().stories[0]!;
    const { document } = await page(createWebApp({ store: await createSampleStore() }), `/stories/${story.id}`);
    const links = [...document.querySelectorAll('.timing a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      `/records/${story.timing.communityFirst!.recordId}`,
      `/records/${story.timing.pressFirst!.recordId}`,
    ]);
    expect(texts(document, '.timing-lead')).toEqual(['The community was first, by 29.8 h.']);
    expect(document.querySelector('.timing time')?.getAttribute('datetime')).toBe(story.timing.communityFirst!.at);
  });

  it('numbers citations in reading order and lists each cited record once under Sources', async () => {
    const story = sampleEdition().stories[0]!;
    const { document } = await page(createWebApp({ store: await createSampleStore() }), `/stories/${story.id}`);
    const numbers = [...document.querySelectorAll('sup.cite a')].map((link) => Number(link.textContent));
    const firstSeen = numbers.filter((number, index) => numbers.indexOf(number) === index);
    expect(firstSeen).toEqual(firstSeen.map((_, index) => index + 1));
    expect([...document.querySelectorAll('.source-list li')].map((item) => item.getAttribute('value'))).toEqual(
      firstSeen.map(String),
    );
    expect(document.querySelector('sup.cite a')?.getAttribute('title')).toBe('r/hardware, u/flashcache');
  });

  it('resolves every citation link of every story to a record page', async () => {
    const sample = sampleEdition();
    const app = createWebApp({ store: await createSampleStore(sample) });
    const hrefs = new Set<string>();
    for (const story of sample.stories) {
      const { document } = await page(app, `/stories/${story.id}`);
      for (const link of document.querySelectorAll('sup.cite a')) hrefs.add(link.getAttribute('href')!);
    }
    expect(hrefs.size).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      const { response, document } = await page(app, href);
      expect(response.status, href).toBe(200);
      expect(document.querySelector('h1.record-title')?.textContent, href).toBeTruthy();
    }
  });

  it('prints a reply with its thread links, engagement, original link and the stories citing it', async () => {
    const sample = sampleEdition();
    const reply = sample.records.find((record) => record.externalId === 't1_reply')!;
    const { response, document } = await page(
      createWebApp({ store: await createSampleStore(sample) }),
      `/records/${reply.id}`,
    );
    expect(response.status).toBe(200);
    expect(texts(document, '.record-text p')).toEqual([reply.text]);
    const facts = new Map(
      texts(document, '.record-facts dt').map((term, index) => [term, texts(document, '.record-facts dd')[index]]),
    );
    expect(facts.get('Engagement')).toBe('score 212');
    expect(facts.get('Author')).toBe(reply.author);
    expect(document.querySelector(`.record-facts a[href="/records/${reply.parentId}"]`)).not.toBeNull();
    expect(document.querySelector(`.record-facts a[href="/records/${reply.threadId}"]`)).not.toBeNull();
    const original = document.querySelector('.original a');
    expect(original?.getAttribute('href')).toBe(reply.canonicalUrl);
    expect(original?.getAttribute('rel')).toBe('nofollow noopener noreferrer');
    expect(texts(document, '.cited-in a')).toEqual([sample.stories[0]!.headline.text]);
  });

  it('answers unknown stories, records and paths with a 404 page', async () => {
    const app = createWebApp({ store: await createSampleStore() });
    for (const path of [
      '/stories/no-such-story',
      '/records/no-such-record',
      '/nowhere',
      `/records/${'x'.repeat(500)}`,
    ]) {
      const { response, body } = await page(app, path);
      expect(response.status, path).toBe(404);
      expect(body, path).toContain('Not found');
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('sends the security headers and no script on every page', async () => {
    const story = sampleEdition().stories[0]!;
    const app = createWebApp({ store: await createSampleStore() });
    for (const path of ['/', `/stories/${story.id}`, `/records/${story.recordIds[0]}`, '/assets/style.css']) {
      const { response, body } = await page(app, path);
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBeTruthy();
      expect(body, path).not.toMatch(/<script|\son[a-z]+=|style="/i);
    }
  });

  it('serves the stylesheet as CSS and a health check as JSON', async () => {
    const app = createWebApp({ store: await createSampleStore() });
    const css = await app.request('/assets/style.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('prefers-color-scheme: dark');
    const health = await app.request('/healthz');
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('turns a failing store into a 503 page with a safe message and reports the cause', async () => {
    const store = await createSampleStore();
    store.failWith = new Error('connection refused at /var/secret/db.sock');
    const reported: unknown[] = [];
    const { response, body } = await page(createWebApp({ store, reportError: (error) => reported.push(error) }), '/');
    expect(response.status).toBe(503);
    expect(body).toContain('could not be read just now');
    expect(body).not.toContain('secret');
    expect((reported[0] as Error).cause).toBe(store.failWith);
  });

  it('only reads the store', async () => {
    const sample = sampleEdition();
    const store = await createSampleStore(sample);
    const app = createWebApp({ store });
    for (const path of ['/', `/stories/${sample.stories[0]!.id}`, `/records/${sample.records[1]!.id}`])
      await app.request(path);
    expect(store.calls.length).toBeGreaterThan(0);
    expect(store.calls.filter((call) => WRITING_METHODS.has(call.method))).toEqual([]);
  });
});
