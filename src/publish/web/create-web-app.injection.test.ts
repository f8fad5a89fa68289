import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createSampleStore, sampleEdition, type SampleEdition } from '../../test-support/sample-edition.js';
import { createWebApp } from './create-web-app.js';

const SCRIPT = '<script>alert("x")</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';

/** The sample with hostile values planted in the first cited record and in the first story. */
function hostileSample(): { sample: SampleEdition; recordId: string; storyId: string } {
  const sample = sampleEdition();
  const story = sample.stories[0]!;
  const record = sample.records.find((candidate) => candidate.id === story.headline.citations[0])!;
  record.title = `Prices ${SCRIPT}`;
  record.author = BREAKOUT;
  record.venue = `r/${BREAKOUT}`;
  record.text = `First ${SCRIPT}\n\nSecond ${BREAKOUT}`;
  record.url = 'javascript:alert(document.cookie)';
  record.canonicalUrl = ' JAVASCRIPT:alert(1)';
  story.headline.text = `Headline ${SCRIPT}`;
  story.sections[0]!.title = BREAKOUT;
  story.quotes[0]!.attribution = SCRIPT;
  story.methodology.weights[0]!.factors[0]!.note = BREAKOUT;
  return { sample, recordId: record.id, storyId: story.id };
}

function expectInert(body: string, path: string) {
  const { document } = parseHTML(body);
  expect(document.querySelectorAll('script').length, path).toBe(0);
  expect(document.querySelectorAll('img').length, path).toBe(0);
  expect([...document.querySelectorAll('[onerror]')].length, path).toBe(0);
  expect(body, path).not.toContain('<script>');
  expect(body, path).not.toContain('<img');
  expect(body.toLowerCase(), path).not.toContain('href="javascript:');
  expect(body.toLowerCase(), path).not.toContain('href=" javascript:');
}

describe('createWebApp with hostile stored text', () => {
  it('escapes markup in titles, text, authors and venues on the record page, and shows it as text', async () => {
    const { sample, recordId } = hostileSample();
    const app = createWebApp({ store: await createSampleStore(sample) });
    const response = await app.request(`/records/${recordId}`);
    const body = await response.text();
    expect(response.status).toBe(200);
    expectInert(body, 'record page');
    const { document } = parseHTML(body);
    expect(document.querySelector('h1.record-title')?.textContent).toBe(`Prices ${SCRIPT}`);
    expect(document.querySelector('.author')?.textContent).toBe(BREAKOUT);
    expect([...document.querySelectorAll('.record-text p')].map((paragraph) => paragraph.textContent)).toEqual([
      `First ${SCRIPT}`,
      `Second ${BREAKOUT}`,
    ]);
  });

  it('does not link a javascript: URL from a record', async () => {
    const { sample, recordId } = hostileSample();
    const app = createWebApp({ store: await createSampleStore(sample) });
    const { document } = parseHTML(await (await app.request(`/records/${recordId}`)).text());
    expect(document.querySelector('.original a')).toBeNull();
    const hrefs = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.every((href) => href.startsWith('/') || href.startsWith('http'))).toBe(true);
  });

  it('escapes hostile values on the story page, in citation titles and the front page', async () => {
    const { sample, storyId, recordId } = hostileSample();
    const app = createWebApp({ store: await createSampleStore(sample) });
    for (const path of ['/', `/stories/${storyId}`]) {
      const body = await (await app.request(path)).text();
      expectInert(body, path);
    }
    const { document } = parseHTML(await (await app.request(`/stories/${storyId}`)).text());
    expect(document.querySelector(`sup.cite a[href="/records/${recordId}"]`)?.getAttribute('title')).toBe(
      `r/${BREAKOUT}, ${BREAKOUT}`,
    );
    expect(document.querySelector('.story-section h2')?.textContent).toBe(BREAKOUT);
    expect(document.querySelector('title')?.textContent).toContain(SCRIPT);
  });

  it('answers a hostile id in the address with an inert 404 page', async () => {
    const app = createWebApp({ store: await createSampleStore() });
    const response = await app.request(`/records/${encodeURIComponent(BREAKOUT)}`);
    expect(response.status).toBe(404);
    expectInert(await response.text(), '404');
  });
});
