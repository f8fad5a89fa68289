import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.js';

const page = readFileSync(resolve(import.meta.dirname, '__fixtures__', 'article-with-furniture.html'), 'utf8');

describe('extractArticle', () => {
  const article = extractArticle(page, 'https://circuit.example.com/energy/grid-batteries')!;

  it('keeps headings, quotes and list items as their own paragraphs', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toContain('Why it matters');
    expect(paragraphs).toContain('Storage: 4.1 GW average at peak');
    expect(paragraphs.some((paragraph) => paragraph.startsWith('This is the first month'))).toBe(true);
    expect(paragraphs[0]).toMatch(/^Utility-scale batteries/);
  });

  it('drops the share bar, newsletter box, author box, cookie banner and related list', () => {
    for (const furniture of [
      'Share on Facebook',
      'newsletter',
      'covers energy markets',
      'cookies',
      'Wind output hits record',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('reads dates from JSON-LD as ISO UTC', () => {
    expect(article.publishedAt).toBe('2024-04-02T06:00:00.000Z');
    expect(article.modifiedAt).toBe('2024-04-02T09:30:00.000Z');
  });

  it('reads title, author, site, language, canonical URL and lead image', () => {
    expect(article.title).toBe('Grid batteries pass a milestone');
    expect(article.author).toBe('Priya Nair');
    expect(article.siteName).toBe('The Daily Circuit');
    expect(article.language).toBe('en-GB');
    expect(article.canonicalUrl).toBe('https://circuit.example.com/energy/grid-batteries/');
    expect(article.leadImage).toBe('https://circuit.example.com/img/battery.jpg');
  });

  it('falls back to <time datetime> when there is no JSON-LD or meta date', () => {
    const html = `<html><body><article><time datetime="2023-11-05T10:00:00Z">5 Nov</time>${'<p>A sentence of article text that goes on for a while.</p>'.repeat(8)}</article></body></html>`;
    expect(extractArticle(html, null)!.publishedAt).toBe('2023-11-05T10:00:00.000Z');
  });

  it('returns null for a page with no text at all', () => {
    expect(extractArticle('<html><head><title>x</title></head><body><img src="a.png"></body></html>', null)).toBeNull();
  });
});

const benchmark = resolve(process.cwd(), '../shared/corpora/article-extraction-benchmark');
const hasBenchmark = existsSync(benchmark);
if (!hasBenchmark && !process.env.CI)
  console.log('article-extraction-benchmark tests skipped: ../shared/corpora is absent');

describe.runIf(hasBenchmark || process.env.CI)('extractArticle on the article-extraction benchmark', () => {
  it('recovers most of the ground-truth body on the first ten pages', () => {
    const truth = JSON.parse(readFileSync(join(benchmark, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string; url: string }
    >;
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const [id, { articleBody, url }] of Object.entries(truth).slice(0, 10)) {
      const html = gunzipSync(readFileSync(join(benchmark, 'html', `${id}.html.gz`))).toString('utf8');
      const extracted = new Set(words(extractArticle(html, url)?.text ?? ''));
      const expected = words(articleBody);
      const recall = expected.filter((word) => extracted.has(word)).length / expected.length;
      expect([id, recall >= 0.8]).toEqual([id, true]);
    }
  });
});
